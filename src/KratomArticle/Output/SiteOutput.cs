using System.Collections.Concurrent;
using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Output;

/// <summary>
/// Where the built site's files go as they are made: into memory, into a staging folder, or nowhere. Pages are
/// handed over one by one while the build goes on, from several threads at once.
/// </summary>
public abstract class SiteOutput
{
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    /// <summary>The path of every file written so far, for the link check.</summary>
    public IReadOnlyCollection<string> Paths => (IReadOnlyCollection<string>)_paths.Keys;

    public int FileCount => _paths.Count;

    public void Write(OutputFile file)
    {
        _paths.TryAdd(file.Path, 0);
        Store(file);
    }

    /// <summary>Publishes a content file as it is, e.g. an image.</summary>
    public void Copy(string path, string sourceFile, BuildContext context)
    {
        _paths.TryAdd(path, 0);
        StoreCopy(path, sourceFile, context);
    }

    /// <summary>The paths in a stable order.</summary>
    public ImmutableArray<string> SortedPaths() => [.. _paths.Keys.Order(StringComparer.Ordinal)];

    protected abstract void Store(OutputFile file);

    /// <summary>Reads the file (reusing what a cached build read, when unchanged) and stores its bytes.</summary>
    protected virtual void StoreCopy(string path, string sourceFile, BuildContext context) =>
        Store(context.Reuse(nameof(Copy), path, () => [sourceFile, Content.FileStamp.Of(sourceFile)], _ => new OutputFile(path, File.ReadAllBytes(sourceFile))));
}
