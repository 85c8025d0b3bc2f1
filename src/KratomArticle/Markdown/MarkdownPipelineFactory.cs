using KratomArticle.Markdown.Callouts;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Markdown.References;
using Markdig;

namespace KratomArticle.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with. Heading ids are not Markdig's
/// auto identifiers: they must be unique across a page's files, so <see cref="HeadingIdAllocator"/> assigns them, and
/// <see cref="HeadingAnchorExtension"/> writes them with <see cref="PageHtmlRenderer"/>.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGatheredFootnotes()
            .UseEmphasisExtras()
            .UseAutoLinks()
            .UseTaskLists()
            .UseListExtras()
            .UseFigures()
            .UseCallouts()
            .UseHeadingAnchors()
            // Generic attributes must come last: it reads the `{#id .class}` that other extensions leave behind.
            .UseGenericAttributes()
            .Build();
}
