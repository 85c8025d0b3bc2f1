using System.Text;
using Markdig.Renderers;

namespace KratomArticle.Markdown;

/// <summary>
/// An HTML renderer for one page's files: it carries the ids the page gave its headings and the numbers it gave its
/// footnotes, for <see cref="HeadingAnchors.HeadingAnchorRenderer"/> and <see cref="References.CitationRenderer"/>. A
/// plain <see cref="HtmlRenderer"/> has none, and they render as Markdig does. Setting one up costs more than most
/// files take to render, so <see cref="MarkdownHtml"/> keeps one per thread and gives it each file's anchors in turn.
/// </summary>
internal sealed class PageHtmlRenderer(StringWriter writer) : HtmlRenderer(writer)
{
    private PageAnchors? _anchors;

    /// <summary>The anchors of the page being rendered.</summary>
    public PageAnchors Anchors => _anchors ?? throw new InvalidOperationException("The renderer is not rendering a page.");

    /// <summary>The HTML written so far.</summary>
    public StringBuilder Html => ((StringWriter)Writer).GetStringBuilder();

    /// <summary>Starts a file of the page with these anchors: no HTML written yet, and the renderer at the start of a line.</summary>
    public void Begin(PageAnchors anchors)
    {
        Reset();
        _anchors = anchors;
    }

    /// <summary>Lets go of the page, so that a renderer kept for the next one does not keep it alive.</summary>
    public void Release() => _anchors = null;
}
