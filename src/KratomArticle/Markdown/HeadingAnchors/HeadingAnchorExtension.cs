using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// Headings with page-wide ids and permalinks: <see cref="HeadingAnchorRenderer"/> takes the place of Markdig's
/// heading renderer. It adds nothing at parse time: the ids are assigned across a page's files once they are all
/// parsed, and reach the renderer through <see cref="PageHtmlRenderer"/>.
/// </summary>
internal sealed class HeadingAnchorExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            ObjectRendererReplacement.Replace<HeadingRenderer, HeadingAnchorRenderer>(html, displaced => new HeadingAnchorRenderer(displaced));
        }
    }
}
