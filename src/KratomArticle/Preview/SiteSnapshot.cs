using System.Collections.Immutable;
using KratomArticle.Output;

namespace KratomArticle.Preview;

/// <summary>A good build as the preview serves it, from memory: its files by path, and the id pages use to tell which build they show.</summary>
internal sealed class SiteSnapshot(SiteBuild build, string buildId)
{
    private readonly ImmutableDictionary<string, OutputFile> _files = build.Output;

    public string BuildId { get; } = buildId;

    public OutputFile? Find(string path) => _files.GetValueOrDefault(path);

    public bool HasSameFilesAs(SiteSnapshot other) =>
        _files.Count == other._files.Count
        && _files.All(file => other.Find(file.Key) is { } same && file.Value.Content.Span.SequenceEqual(same.Content.Span));
}
