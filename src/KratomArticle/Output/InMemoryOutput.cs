using System.Collections.Immutable;

namespace KratomArticle.Output;

/// <summary>
/// Keeps the built files in memory, as the preview serves them and tests read them. A rebuild writes and removes
/// only the files that changed; <see cref="Snapshot"/> is what the site holds at that moment, unchanged by later writes.
/// </summary>
internal sealed class InMemoryOutput : SiteOutput
{
    private readonly Lock _gate = new();
    private ImmutableDictionary<string, OutputFile> _files = ImmutableDictionary.Create<string, OutputFile>(StringComparer.Ordinal);
    private long _version;

    /// <summary>The files by path, as they are now.</summary>
    public ImmutableDictionary<string, OutputFile> Snapshot => Volatile.Read(ref _files);

    /// <summary>Grows each time a file's bytes change, one is added or one is removed, so a rebuild can tell the site is unchanged.</summary>
    public long Version => Interlocked.Read(ref _version);

    protected override void Store(OutputFile file)
    {
        lock (_gate)
        {
            if (_files.TryGetValue(file.Path, out var old) && old.Content.Span.SequenceEqual(file.Content.Span))
            {
                return;
            }

            _files = _files.SetItem(file.Path, file);
            _version++;
        }
    }

    protected override void Delete(string path)
    {
        lock (_gate)
        {
            _files = _files.Remove(path);
            _version++;
        }
    }
}
