using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Content;

public sealed class FrontMatterParsingTests
{
    private static readonly BuildContext Context = new(new BuildOptions("/site", "/site/content", null, false, DefaultTheme.Instance), BuildLog.Silent);

    private static ParsedMarkdown? Parse(string relativePath, string text) =>
        ParseMarkdownFiles.Parse(ContentFile.Classify(relativePath, "/site/content/" + relativePath), text, Context);

    [Fact]
    public void Page_keys_are_read_into_typed_values()
    {
        var page = Assert.IsType<ParsedPage>(Parse("index.md", """
            ---
            title: "A: title"
            description: >-
              Folded
              text
            author: Ana
            published: 2024-05-01
            updated: 2024-06-02
            reviewed: 2024-07-03
            disclaimer: Not *advice*.
            references:
              - text: Smith J. A study. Journal, 2020.
                url: https://example.org/study
              - text: A book without a link.
            draft: true
            ---
            Body
            """));

        Assert.Equal(new PageFrontMatter("A: title", "Folded text", "Ana", new DateOnly(2024, 5, 1), new DateOnly(2024, 6, 2), new DateOnly(2024, 7, 3), "Not *advice*.", true), page.FrontMatter with { References = [], ReviewedBy = [], ReviewDateLocation = null });
        Assert.Equal(new KratomArticle.Engine.SourceLocation("index.md", 9, 11), page.FrontMatter.ReviewDateLocation);
        Assert.Equal([new PageReference("Smith J. A study. Journal, 2020.", new Uri("https://example.org/study")), new PageReference("A book without a link.", null)], page.FrontMatter.References);
        Assert.Equal(new DateOnly(2024, 6, 2), page.FrontMatter.LastModified);
        Assert.Equal(17, page.BodyLine);
        Assert.Equal("Body", page.Body);
    }

    [Fact]
    public void Section_keys_are_read_and_the_body_line_follows_the_closing_fence()
    {
        var section = Assert.IsType<ParsedSection>(Parse("02-risks.md", "---\ntitle: Risks\nid: risks\ntoc-title: Short\n---\n\nText\n"));

        Assert.Equal(new SectionFrontMatter("Risks", "risks", "Short", false), section.FrontMatter);
        Assert.Equal(6, section.BodyLine);
        Assert.Equal(2, section.File.SectionNumber);
    }

    [Theory]
    [InlineData("index.md", nameof(ContentKind.Page), "", 0)]
    [InlineData("about.md", nameof(ContentKind.Page), "about", 0)]
    [InlineData("guide/index.md", nameof(ContentKind.Page), "guide", 0)]
    [InlineData("guide/10-setup.md", nameof(ContentKind.Section), "guide", 10)]
    [InlineData("site.yml", nameof(ContentKind.SiteSettings), "", 0)]
    [InlineData("images/photo.png", nameof(ContentKind.Asset), "", 0)]
    [InlineData("2024-notes.md", nameof(ContentKind.Section), "", 2024)]
    public void File_names_give_files_their_role(string path, string kind, string pageKey, int number)
    {
        var file = ContentFile.Classify(path, "/x/" + path);

        Assert.Equal((Enum.Parse<ContentKind>(kind), pageKey, number), (file.Kind, file.PageKey, file.SectionNumber));
    }
}
