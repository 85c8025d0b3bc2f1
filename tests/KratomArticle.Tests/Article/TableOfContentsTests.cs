using KratomArticle.Article;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Theming;

namespace KratomArticle.Tests.Article;

public sealed class TableOfContentsTests
{
    private static PageHeading H(int level, string id, string? tocText = null) => new(level, id, id, SourceLocation.StartOf("x.md"), tocText);

    private static string Shape(IEnumerable<TocEntry> entries) =>
        string.Join(" ", entries.Select(e => e.Children.IsEmpty ? e.Id : $"{e.Id}({Shape(e.Children)})"));

    [Fact]
    public void Headings_nest_under_the_nearest_shallower_heading()
    {
        var toc = TableOfContents.Build([H(2, "a"), H(3, "a1"), H(3, "a2"), H(2, "b"), H(3, "b1")], 2, 3);

        Assert.Equal("a(a1 a2) b(b1)", Shape(toc));
    }

    [Fact]
    public void A_skipped_level_nests_directly_under_the_heading_before_it()
    {
        var toc = TableOfContents.Build([H(2, "a"), H(4, "a-deep"), H(3, "a1"), H(2, "b")], 2, 4);

        Assert.Equal("a(a-deep a1) b", Shape(toc));
    }

    [Fact]
    public void Headings_outside_the_level_range_are_left_out()
    {
        var toc = TableOfContents.Build([H(1, "title"), H(2, "a"), H(3, "a1"), H(4, "a1x")], 2, 3);

        Assert.Equal("a(a1)", Shape(toc));
    }

    [Fact]
    public void Deeper_headings_before_the_first_section_stay_at_the_top_level()
    {
        var toc = TableOfContents.Build([H(3, "intro"), H(2, "a")], 2, 3);

        Assert.Equal("intro a", Shape(toc));
    }

    [Fact]
    public void Entries_keep_custom_ids_and_use_the_short_toc_label_when_given()
    {
        var entry = Assert.Single(TableOfContents.Build([H(2, "my-custom-id", tocText: "Short")], 2, 3));

        Assert.Equal(("my-custom-id", "Short", 2), (entry.Id, entry.Text, entry.Level));
    }
}
