using KratomArticle.Markdown.Callouts;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Markdown.References;
using KratomArticle.Markdown.TaskLists;
using Markdig;

namespace KratomArticle.Markdown;

/// <summary>
/// The one Markdig pipeline every page is parsed and rendered with. Heading ids are not Markdig's
/// auto identifiers: they must be unique across a page's files, so <see cref="HeadingIdAllocator"/> assigns them, and
/// <see cref="HeadingAnchorExtension"/> writes them with <see cref="PageHtmlRenderer"/>.
/// </summary>
internal static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create(autoLinks: true);

    /// <summary>
    /// <see cref="Shared"/> without its autolinks. Markdig stops at every <c>h</c>, <c>f</c>, <c>m</c>, <c>t</c> and
    /// <c>w</c> to try its autolink parser, which doubles the parse of prose; in a text where no autolink can start, that
    /// parser never matches, and the tree is the same without it.
    /// </summary>
    public static MarkdownPipeline WithoutAutoLinks { get; } = Create(autoLinks: false);

    /// <summary>The pipeline that parses <paramref name="markdown"/> as <see cref="Shared"/> does, at the least cost.</summary>
    public static MarkdownPipeline ForParsing(string markdown) => AutoLinkStarts.AnyIn(markdown) ? Shared : WithoutAutoLinks;

    private static MarkdownPipeline Create(bool autoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGatheredFootnotes()
            .UseEmphasisExtras();
        if (autoLinks)
        {
            builder.UseAutoLinks();
        }

        return builder
            .UseLeadingTaskLists()
            .UseFigures()
            .UseCallouts()
            .UseHeadingAnchors()
            // Generic attributes must come last: it reads the `{#id .class}` that other extensions leave behind.
            .UseGenericAttributes()
            .Build();
    }
}
