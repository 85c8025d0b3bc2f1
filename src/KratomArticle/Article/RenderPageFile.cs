using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;

namespace KratomArticle.Article;

/// <summary>Renders one of a page's Markdown files with the page's heading ids and footnote numbers.</summary>
internal static class RenderPageFile
{
    /// <returns><see langword="null"/> when the file cannot be rendered (reported on the context).</returns>
    public static string? Run(ParsedMarkdown file, PageAnchors anchors, BuildContext context) =>
        MarkdownGuard.Run(() => MarkdownHtml.Render(file.Document, anchors), file.File.RelativePath, file.BodyLine, context);
}
