using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace KratomArticle.Markdown.TaskLists;

/// <summary>Task lists as Markdig's extension makes them, with a checkbox read only at the start of an item (<see cref="LeadingTaskListParser"/>).</summary>
internal sealed class LeadingTaskListExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Ahead of the link parser, which would otherwise take the '[' as the start of a link.
        if (!pipeline.InlineParsers.Contains<LeadingTaskListParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new LeadingTaskListParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<HtmlTaskListRenderer>();
        }
    }
}
