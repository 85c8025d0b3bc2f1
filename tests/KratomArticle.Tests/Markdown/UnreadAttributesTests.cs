using AngleSharp.Html.Parser;
using KratomArticle.Markdown;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>A heading's <c>{#a}</c> or <c>{.b}</c> that Markdig leaves in the text, for its one-character name, is a warning at the heading; braces the author wrote as text are not.</summary>
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
                "content/index.md(7,1): warning KA0206: '{#d}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.",
                "content/index.md(9,1): warning KA0206: '{#timing .b}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.",
            ],
            SiteBuilder.Messages(context));
        var page = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        Assert.Equal("Dosage {#d}", page.QuerySelector("h2#dosage-d")?.TextContent);
        Assert.NotNull(page.QuerySelector("h2#effects"));
    }

    [Fact]
    public void Braces_in_a_code_span_escaped_or_in_a_section_title_are_what_the_author_wrote_and_no_warning()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\nLead.\n\n## The syntax `{#a}`\n\n## Sets \\{#a}\n");
        _site.Write("01-sets.md", "---\ntitle: \"Sets {#a}\"\n---\nText.\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Empty(SiteBuilder.Messages(context));
    }

    [Fact]
    public void A_setext_heading_and_one_with_closing_hashes_are_warned_of_too()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\nLead.\n\nDosage {#d}\n------\n\n## Timing {.t} ##\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Equal(
            [
                "content/index.md(8,1): warning KA0206: '{#d}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.",
                "content/index.md(10,1): warning KA0206: '{.t}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.",
            ],
            SiteBuilder.Messages(context));
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
