using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KratomArticle.Output;

/// <summary>Keeps the built files in memory, as the preview serves them and tests read them.</summary>
public sealed class InMemoryOutput : SiteOutput
{
    private readonly ConcurrentDictionary<string, OutputFile> _files = new(StringComparer.Ordinal);

    /// <summary>The files, ordered by path.</summary>
    public ImmutableArray<OutputFile> Files => [.. _files.Values.OrderBy(f => f.Path, StringComparer.Ordinal)];

    protected override void Store(OutputFile file) => _files[file.Path] = file;
}
