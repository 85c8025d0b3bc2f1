using System.Collections.Immutable;
using KratomArticle.Output;

namespace KratomArticle;

/// <summary>The result of running the site pipeline: the files to publish, or nothing when the content has errors.</summary>
public sealed record SiteBuild(ImmutableArray<OutputFile> Files, int PageCount)
{
    public static SiteBuild Failed { get; } = new([], 0);

    public bool Succeeded => !Files.IsEmpty;
}
