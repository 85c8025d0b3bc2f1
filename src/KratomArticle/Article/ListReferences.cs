using System.Collections.Immutable;
using System.Net;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.References;
using KratomArticle.Theming;
using Markdig.Extensions.Footnotes;

namespace KratomArticle.Article;

/// <summary>Lists a page's References: its footnotes, numbered across its files, then the sources its front matter lists, numbered on.</summary>
internal static class ListReferences
{
    /// <returns><see langword="null"/> when a footnote cannot be rendered (reported on the context).</returns>
    public static List<Reference>? FromFootnotes(ParsedPage page, PageAnchors anchors, BuildContext context) =>
        MarkdownGuard.Run(
            () => anchors.Footnotes.Footnotes.Select(f => FootnoteReference(f, anchors)).ToList(), page.File.RelativePath, page.BodyLine, context);

    /// <param name="firstNumber">The number of the first one: one past the page's last footnote.</param>
    public static ImmutableArray<Reference> FromFrontMatter(ImmutableArray<PageReference> references, int firstNumber) =>
    [
        .. references.Select((reference, i) =>
            new Reference(ReferenceIds.Entry(firstNumber + i), firstNumber + i, WebUtility.HtmlEncode(reference.Text), reference.Url?.AbsoluteUri, [])
            {
                Text = reference.Text,
                Doi = reference.Doi,
                Pmid = reference.Pmid,
            }),
    ];

    private static Reference FootnoteReference(Footnote footnote, PageAnchors anchors)
    {
        var number = anchors.Footnotes.NumberOf(footnote);
        return new Reference(ReferenceIds.Entry(number), number, MarkdownHtml.RenderFootnote(footnote, anchors), null, anchors.Footnotes.CitationIdsOf(footnote));
    }
}
