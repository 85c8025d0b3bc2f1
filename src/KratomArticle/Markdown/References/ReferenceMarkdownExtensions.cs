using Markdig;

namespace KratomArticle.Markdown.References;

internal static class ReferenceMarkdownExtensions
{
    /// <summary>Adds footnotes, numbered across a page and gathered into its References; adds itself once however often it is called.</summary>
    public static MarkdownPipelineBuilder UseGatheredFootnotes(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.UseFootnotes().Extensions.AddIfNotAlready<GatheredFootnotesExtension>();
        return pipeline;
    }
}
