using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;

namespace KratomArticle.Markdown.Callouts;

/// <summary>
/// Callouts, written as Markdig's custom containers (<c>::: warning Seek help at once</c> … <c>:::</c>) and rendered
/// as labelled <c>aside</c>s by <see cref="CalloutRenderer"/>. Only the block form is enabled: Markdig's
/// <c>::inline::</c> containers would turn stray double colons in prose into markup.
/// </summary>
internal sealed class CalloutExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CalloutRenderer>())
        {
            // Ahead of the code block renderer, which would otherwise take the fenced container.
            html.ObjectRenderers.Insert(0, new CalloutRenderer());
        }
    }
}
