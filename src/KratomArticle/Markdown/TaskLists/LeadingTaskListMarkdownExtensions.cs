using Markdig;

namespace KratomArticle.Markdown.TaskLists;

internal static class LeadingTaskListMarkdownExtensions
{
    /// <summary>Task lists whose checkbox is read only at the start of an item; adds itself once however often it is called.</summary>
    public static MarkdownPipelineBuilder UseLeadingTaskLists(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<LeadingTaskListExtension>();
        return pipeline;
    }
}
