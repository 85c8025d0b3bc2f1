using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace KratomArticle.Markdown.References;

/// <summary>
/// Footnotes numbered across a page and gathered into its References: <see cref="CitationRenderer"/> and
/// <see cref="GatheredFootnoteGroupRenderer"/> take the places of Markdig's footnote renderers, whose extension parses
/// the footnotes (<see cref="ReferenceMarkdownExtensions.UseGatheredFootnotes"/> adds both).
/// </summary>
internal sealed class GatheredFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            ObjectRendererReplacement.Replace<HtmlFootnoteLinkRenderer, CitationRenderer>(html, displaced => new CitationRenderer(displaced));
            ObjectRendererReplacement.Replace<HtmlFootnoteGroupRenderer, GatheredFootnoteGroupRenderer>(html, displaced => new GatheredFootnoteGroupRenderer(displaced));
        }
    }
}
