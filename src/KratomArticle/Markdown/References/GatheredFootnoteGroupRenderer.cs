using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomArticle.Markdown.References;

/// <summary>
/// Writes nothing where a page's file defined its footnotes: they are gathered into the page's References. Markdown
/// that is not a page's file keeps its footnotes where Markdig puts them, through the renderer this one displaced.
/// </summary>
internal sealed class GatheredFootnoteGroupRenderer(IMarkdownObjectRenderer displaced) : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        if (renderer is not PageHtmlRenderer)
        {
            displaced.Write(renderer, group);
        }
    }
}
