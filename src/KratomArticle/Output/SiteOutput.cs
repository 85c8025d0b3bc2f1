using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KratomArticle.Output;

/// <summary>
/// Where the built site's files go as they are made: into memory, into a staging folder, or nowhere. Pages are
/// handed over one by one while the build goes on, from several threads at once.
/// </summary>
internal abstract class SiteOutput
{
    private readonly ConcurrentDictionary<string, byte> _paths = new(StringComparer.Ordinal);

    public int FileCount => _paths.Count;

    public bool Contains(string path) => _paths.ContainsKey(path);

    /// <summary>Writes the file; returns whether its path is new to the site.</summary>
    public bool Write(OutputFile file)
    {
        var added = _paths.TryAdd(file.Path, 0);
        Store(file);
        return added;
    }

    /// <summary>Publishes a content file as it is, e.g. an image; returns whether its path is new to the site.</summary>
    public bool Copy(string path, string sourceFile)
    {
        var added = _paths.TryAdd(path, 0);
        StoreCopy(path, sourceFile);
        return added;
    }

    /// <summary>Takes a file a rebuild no longer makes out of the site; returns whether the site had it.</summary>
    public bool Remove(string path)
    {
        if (!_paths.TryRemove(path, out _))
        {
            return false;
        }

        Delete(path);
        return true;
    }

    /// <summary>The paths in a stable order.</summary>
    public ImmutableArray<string> SortedPaths() => [.. _paths.Keys.Order(StringComparer.Ordinal)];

    protected abstract void Store(OutputFile file);

    protected virtual void StoreCopy(string path, string sourceFile) => Store(new OutputFile(path, File.ReadAllBytes(sourceFile)));

    /// <summary>Only the preview's rebuilds remove files, from memory; a build into a folder starts from an empty one.</summary>
    protected virtual void Delete(string path) => throw new NotSupportedException($"{GetType().Name} does not remove files.");
}
