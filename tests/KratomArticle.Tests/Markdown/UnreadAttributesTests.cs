using AngleSharp.Html.Parser;
using KratomArticle.Markdown;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>A heading's <c>{#a}</c> or <c>{.b}</c> that Markdig leaves in the text, for its one-character name, is a warning at the heading.</summary>
public sealed class UnreadAttributesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_one_character_id_or_class_is_a_warning_at_its_heading_and_a_longer_one_is_read()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\nLead.\n\n## Dosage {#d}\n\n## Timing {#timing .b}\n\n## Effects {#effects}\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Equal(
            [
                "content/index.md(7,1): warning KA0206: '{#d}' stays in this heading's text: an id or class of one character is not read. Give it two or more.",
                "content/index.md(9,1): warning KA0206: '{#timing .b}' stays in this heading's text: an id or class of one character is not read. Give it two or more.",
            ],
            SiteBuilder.Messages(context));
        var page = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        Assert.Equal("Dosage {#d}", page.QuerySelector("h2#dosage-d")?.TextContent);
        Assert.NotNull(page.QuerySelector("h2#effects"));
    }

    [Theory]
    [InlineData("Dosage {#d}", "{#d}")]
    [InlineData("Dosage {.c}", "{.c}")]
    [InlineData("Dosage {#dose .c}", "{#dose .c}")]
    [InlineData("Dosage {#dose}", null)]
    [InlineData("Dosage {#dose .wide}", null)]
    [InlineData("Sets {a}", null)]
    [InlineData("Dosage", null)]
    [InlineData("}", null)]
    public void Finds_a_one_character_name_in_the_braces_that_end_a_heading(string text, string? unread) =>
        Assert.Equal(unread, UnreadAttributes.AtEndOf(text));
}
