using KratomArticle.Markdown.Callouts;
using Markdig;

namespace KratomArticle.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with. Heading ids are not Markdig's
/// auto identifiers: they must be unique across a page's files, so <see cref="HeadingAnchors.HeadingIdAllocator"/> assigns them.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseListExtras()
            .UseFigures()
            .UseCallouts()
            // Generic attributes must come last: it reads the `{#id .class}` that other extensions leave behind.
            .UseGenericAttributes()
            .Build();
}
