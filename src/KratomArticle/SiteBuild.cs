using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Output;

namespace KratomArticle;

/// <summary>The result of running the site pipeline: the files to publish and the pages they came from, or nothing when the content has errors.</summary>
public sealed record SiteBuild(ImmutableArray<OutputFile> Files, ImmutableArray<RenderedArticle> Articles)
{
    public static SiteBuild Failed { get; } = new([], []);

    public bool Succeeded => !Files.IsEmpty;

    public int PageCount => Articles.Length;
}
