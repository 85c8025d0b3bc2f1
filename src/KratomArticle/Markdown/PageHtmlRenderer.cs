using Markdig.Renderers;

namespace KratomArticle.Markdown;

/// <summary>
/// An HTML renderer for one page's files: it carries the ids the page gave its headings and the numbers it gave its
/// footnotes, for <see cref="HeadingAnchors.HeadingAnchorRenderer"/> and <see cref="References.CitationRenderer"/>. A
/// plain <see cref="HtmlRenderer"/> has none, and they render as Markdig does.
/// </summary>
internal sealed class PageHtmlRenderer(TextWriter writer, PageAnchors anchors) : HtmlRenderer(writer)
{
    public PageAnchors Anchors { get; } = anchors;
}
