using AngleSharp.Html.Parser;
using KratomArticle.Markdown;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>A heading's <c>{#a}</c> or <c>{.b}</c> that Markdig leaves in the text, for its one-character name, is a warning at the heading; braces the author wrote as text are not.</summary>
public sealed class UnreadAttributesTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    private static string Warning(int line, string braces) =>
        $"content/index.md({line},1): warning KA0206: '{braces}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.";

    /// <summary>Builds a page whose lead is followed by <paramref name="headings"/> (from line 7 of its file), and returns it with the build's messages.</summary>
    private (string Page, string[] Messages) BuildPage(string headings)
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\nLead.\n\n" + headings);
        var (build, context) = SiteBuilder.Build(_site);
        Assert.True(build.Succeeded);
        return (SiteBuilder.Page(build), SiteBuilder.Messages(context));
    }

    [Fact]
    public void A_one_character_id_or_class_is_a_warning_at_its_heading_and_a_longer_one_is_read()
    {
        var (html, messages) = BuildPage("## Dosage {#d}\n\n## Timing {#timing .b}\n\n## Effects {#effects}\n");

        Assert.Equal([Warning(7, "{#d}"), Warning(9, "{#timing .b}")], messages);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Dosage {#d}", page.QuerySelector("h2#dosage-d")?.TextContent);
        Assert.NotNull(page.QuerySelector("h2#effects"));
    }

    [Fact]
    public void Braces_in_a_code_span_escaped_or_in_a_section_title_are_what_the_author_wrote_and_no_warning()
    {
        _site.Write("01-sets.md", "---\ntitle: \"Sets {#a}\"\n---\nText.\n");

        var (_, messages) = BuildPage("## The syntax `{#a}`\n\n## Sets \\{#a}\n");

        Assert.Empty(messages);
    }

    [Fact]
    public void A_setext_heading_and_one_with_closing_hashes_are_warned_of_too()
    {
        var (_, messages) = BuildPage("Dosage {#d}\n------\n\n## Timing {.t} ##\n");

        Assert.Equal([Warning(8, "{#d}"), Warning(10, "{.t}")], messages);
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
