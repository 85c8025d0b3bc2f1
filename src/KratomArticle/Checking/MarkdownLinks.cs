using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Checking;

/// <summary>
/// Every link and image an author wrote in one Markdown file, read from Markdig's syntax tree: Markdown links, images
/// and autolinks, and the <c>href</c>, <c>src</c> and <c>srcset</c> of raw HTML, each at its line and column in the file.
/// </summary>
internal static class MarkdownLinks
{
    public static IEnumerable<AuthoredLink> In(ParsedMarkdown file) =>
        !file.MayHoldLinks ? [] : In(file.Document, file.File.RelativePath, file.BodyLine)
            .OrderBy(link => link.Location.Line)
            .ThenBy(link => link.Location.Column);

    /// <summary>The links of a page's front-matter disclaimer, all at the start of the page's file (where its front matter is).</summary>
    public static IEnumerable<AuthoredLink> InDisclaimer(ParsedPage page) =>
        page.FrontMatter.Disclaimer is { } disclaimer
            ? In(MarkdownHtml.Parse(disclaimer), page.File.RelativePath, 0)
                .Select(link => link with { Location = SourceLocation.StartOf(page.File.RelativePath) })
            : [];

    private static IEnumerable<AuthoredLink> In(MarkdownDocument document, string file, int bodyLine)
    {
        AuthoredLink At(string url, int line, int column) => new(url, new SourceLocation(file, bodyLine + line, column + 1));

        return document.Descendants().SelectMany(node => node switch
        {
            LinkInline { Url: { } url } link => [At(url, link.Line, link.Column)],
            AutolinkInline link => [At(link.Url, link.Line, link.Column)],

            // Markdig gives each tag in a paragraph its own inline; one written over several lines is reported at its first.
            HtmlInline html => RawHtmlLinks.In(html.Tag).Select(found => At(found.Url, html.Line, html.Column + found.Column - 1)),

            // Each line of a block keeps the column it starts at in the file (after a list's or a quote's indent).
            HtmlBlock html => RawHtmlLinks.In(html.Lines.ToString()).Select(found =>
            {
                var line = html.Lines.Lines[Math.Min(found.Line, html.Lines.Count) - 1];
                return At(found.Url, line.Line, line.Column + found.Column - 1);
            }),
            _ => [],
        });
    }
}
