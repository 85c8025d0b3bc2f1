using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomArticle.Markdown.References;

/// <summary>Writes nothing where a file's footnotes were defined: they are gathered into the page's References.</summary>
public sealed class GatheredFootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
    }
}
