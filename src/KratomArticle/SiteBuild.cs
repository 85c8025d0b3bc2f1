using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Output;

namespace KratomArticle;

/// <summary>The result of running the site pipeline: whether it succeeded, the pages it built and how many files it wrote.</summary>
/// <param name="PagesRendered">How many pages this build rendered through the theme; the others were kept from the last build.</param>
internal sealed record SiteBuild(bool Succeeded, ImmutableArray<ArticleSummary> Pages, int FileCount, int PagesRendered = 0)
{
    public static SiteBuild Failed { get; } = new(false, [], 0);

    /// <summary>The files of a build kept in memory, by path; empty for a build written elsewhere.</summary>
    public ImmutableDictionary<string, OutputFile> Output { get; init; } = ImmutableDictionary<string, OutputFile>.Empty;

    /// <summary>The files of a build kept in memory, ordered by path.</summary>
    public ImmutableArray<OutputFile> Files => [.. Output.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    public int PageCount => Pages.Length;
}
