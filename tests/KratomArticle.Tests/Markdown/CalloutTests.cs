using AngleSharp.Dom;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary><c>::: note</c>, <c>::: warning</c> and <c>::: key-points</c> containers become labelled asides whose titles fit the page's outline.</summary>
public sealed class CalloutTests : IDisposable
{
    private readonly TestSite _site = ReviewedArticle.Create();

    public void Dispose() => _site.Dispose();

    private IDocument Build() => ErrorFreePage.Build(_site);

    [Fact]
    public void Key_points_and_a_warning_render_as_asides_with_a_label_and_a_heading()
    {
        var page = Build();

        var asides = page.QuerySelectorAll("aside.callout").ToArray();
        Assert.Equal(2, asides.Length);
        var keyPoints = asides[0];
        Assert.Equal(("callout callout-key-points", "note", "Key points"), (keyPoints.ClassName, keyPoints.GetAttribute("role"), keyPoints.GetAttribute("aria-label")));
        Assert.Equal("H2", keyPoints.Children[0].TagName);
        Assert.Equal("Key points", keyPoints.Children[0].TextContent);
        Assert.Equal(2, keyPoints.QuerySelectorAll("ul > li").Length);
        Assert.Same(keyPoints.ParentElement, page.QuerySelector(".article-lead"));

        var warning = asides[1];
        Assert.Equal(("callout callout-warning", "note", "Warning"), (warning.ClassName, warning.GetAttribute("role"), warning.GetAttribute("aria-label")));
        Assert.Equal("H3", warning.Children[0].TagName);
        Assert.Equal("Seek help at once", warning.Children[0].TextContent);
        Assert.StartsWith("If your heart races", warning.QuerySelector("p")?.TextContent);
    }

    [Theory]
    [InlineData("::: note\nText.\n:::\n", "H3", "Note")]
    [InlineData("### Detail\n\n::: note Mind this\nText.\n:::\n", "H4", "Mind this")]
    [InlineData("::: warning <Careful> & \"quick\"\nText.\n:::\n", "H3", "<Careful> & \"quick\"")]
    public void A_title_is_escaped_and_its_level_is_one_below_the_heading_before_it(string markdown, string tag, string title)
    {
        _site.Write("01-effects.md", "---\ntitle: Effects\n---\n" + markdown);

        var heading = Build().QuerySelector(".article-section aside.callout > :first-child")!;

        Assert.Equal((tag, "callout-title", title), (heading.TagName, heading.ClassName, heading.TextContent));
    }

    [Fact]
    public void Headings_inside_a_callout_keep_their_ids_and_permalinks_but_stay_out_of_the_table_of_contents()
    {
        _site.Write("01-effects.md", """
            ---
            title: Effects
            ---
            ::: note
            ### Dosage

            Inside.[^1]
            :::

            ### Dosage

            Outside.

            [^1]: A footnote cited from a callout.
            """);

        var page = Build();

        Assert.Equal(["dosage", "dosage-1"], page.QuerySelectorAll("article h3[id]").Select(h => h.Id));
        Assert.Equal("#dosage", page.QuerySelector("aside.callout .heading-anchor")?.GetAttribute("href"));
        var tocLinks = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("#dosage-1", tocLinks);
        Assert.DoesNotContain("#dosage", tocLinks);
        Assert.Equal("#ref:1", page.QuerySelector("aside.callout sup.citation a")?.GetAttribute("href"));
        Assert.Equal("A footnote cited from a callout.", page.QuerySelector("li#ref\\:1")?.FirstChild?.TextContent.Trim());
    }
}
