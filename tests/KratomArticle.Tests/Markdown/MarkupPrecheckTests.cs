using CsCheck;
using KratomArticle.Content;
using KratomArticle.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Tests.Markdown;

/// <summary>
/// A file is walked for raw HTML only when its text holds a <c>&lt;</c>, and for links only when it holds a <c>[</c>, a
/// <c>&lt;</c> or a bare link's start: whatever the text, the walks they skip would have found nothing.
/// </summary>
public sealed class MarkupPrecheckTests
{
    private static readonly Gen<string> Text = AutoLinkFreeParsingTests.Piece.Array[0, 60].Select(string.Concat);

    [Fact]
    public void A_file_said_to_hold_no_html_or_links_holds_none()
    {
        var withoutHtml = 0;
        var withoutLinks = 0;
        Text.Sample(text =>
        {
            var file = Section(text);
            var nodes = file.Document.Descendants().ToList();
            if (!file.MayHoldHtml)
            {
                Interlocked.Increment(ref withoutHtml);
                Assert.DoesNotContain(nodes, node => node is HtmlBlock or HtmlInline);
            }

            if (!file.MayHoldLinks)
            {
                Interlocked.Increment(ref withoutLinks);
                Assert.DoesNotContain(nodes, node => node is LinkInline or AutolinkInline or HtmlBlock or HtmlInline);
                Assert.Empty(file.Document.OfType<LinkReferenceDefinitionGroup>().SelectMany(group => group));
            }
        }, iter: 6000);

        Assert.True(withoutHtml > 1000 && withoutLinks > 600, $"Only {withoutHtml} texts without HTML, {withoutLinks} without links.");
    }

    [Theory]
    [InlineData("See [the page](other/) first.")]
    [InlineData("See <https://example.org> first.")]
    [InlineData("See https://example.org first.")]
    [InlineData("A <span>word</span>.")]
    [InlineData("[a]: https://example.org\n\nText.")]
    public void A_file_with_a_link_is_walked(string text) =>
        Assert.True(Section(text).MayHoldLinks);

    private static ParsedSection Section(string text) =>
        new(ContentFile.Classify("01-a.md", "/site/content/01-a.md"), 1, text, MarkdownHtml.Parse(text), new SectionFrontMatter("A", null, null, false));
}
