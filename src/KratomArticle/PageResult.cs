using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Engine;

namespace KratomArticle;

/// <summary>
/// What the site keeps of a built page until one of the files it read changes: not its Markdown nor its HTML (the HTML
/// is in the output, its ids and links in the link index), only what the site-wide steps and the next rebuild need.
/// </summary>
/// <param name="Summary">The page's summary, or <see langword="null"/> when its files make no page (a draft, errors).</param>
/// <param name="Written">Whether its HTML was written to the output.</param>
/// <param name="TargetChanged">Whether what links to it resolve to may have changed: it is new, gone, or its ids changed.</param>
/// <param name="Reads">The content files it read: its own files and its share image's.</param>
internal sealed record PageResult(
    PageFiles Files,
    ArticleSummary? Summary,
    bool Written,
    bool TargetChanged,
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<string> Reads)
{
    public string OutputPath => Files.UrlPath + Output.FolderIndex.FileName;
}
