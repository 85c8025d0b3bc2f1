using Markdig;

namespace KratomArticle.Markdown.Callouts;

internal static class CalloutMarkdownExtensions
{
    /// <summary>Adds <c>note</c>, <c>warning</c> and <c>key-points</c> callouts written as <c>:::</c> containers.</summary>
    public static MarkdownPipelineBuilder UseCallouts(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CalloutExtension>();
        return pipeline;
    }
}
