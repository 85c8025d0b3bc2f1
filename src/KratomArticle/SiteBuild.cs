using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Output;

namespace KratomArticle;

/// <summary>The result of running the site pipeline: whether it succeeded, the pages it built and how many files it wrote.</summary>
public sealed record SiteBuild(bool Succeeded, ImmutableArray<ArticleSummary> Pages, int FileCount)
{
    public static SiteBuild Failed { get; } = new(false, [], 0);

    /// <summary>The files of a build kept in memory; empty for a build written elsewhere.</summary>
    public ImmutableArray<OutputFile> Files { get; init; } = [];

    public int PageCount => Pages.Length;
}
