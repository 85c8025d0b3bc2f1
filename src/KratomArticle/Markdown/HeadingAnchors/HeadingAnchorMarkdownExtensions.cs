using Markdig;

namespace KratomArticle.Markdown.HeadingAnchors;

internal static class HeadingAnchorMarkdownExtensions
{
    /// <summary>Renders a page's headings with the ids the page gave them and a permalink each; adds itself once however often it is called.</summary>
    public static MarkdownPipelineBuilder UseHeadingAnchors(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingAnchorExtension>();
        return pipeline;
    }
}
