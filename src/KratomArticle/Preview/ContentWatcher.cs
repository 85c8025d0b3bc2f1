using System.Diagnostics;
using System.Threading.Channels;
using KratomArticle.Content;

namespace KratomArticle.Preview;

/// <summary>
/// Watches folders for saves and hands them out in batches: a burst of events (an editor writing a temporary
/// file, renaming it, saving twice) becomes one batch, taken once the folders have been quiet for a moment.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(20);

    // A stream of changes that never pauses (a large copy, say) is still rebuilt now and then.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    // A null path means the watcher overflowed and lost events.
    private readonly Channel<string?> _changes = Channel.CreateUnbounded<string?>(new() { SingleReader = true });
    private readonly FileSystemWatcher[] _watchers;

    /// <param name="folders">The folders to watch, with their subfolders; those that do not exist are skipped.</param>
    public ContentWatcher(IEnumerable<string> folders) => _watchers = [.. folders.Where(Directory.Exists).Select(Watch)];

    public async Task<ChangeBatch> NextBatchAsync(CancellationToken cancellationToken)
    {
        var changes = new List<string?> { await _changes.Reader.ReadAsync(cancellationToken) };
        var waited = Stopwatch.StartNew();
        do
        {
            await Task.Delay(QuietPeriod, cancellationToken);
        }
        while (TakeWaiting(changes) && waited.Elapsed < LongestWait);

        return new ChangeBatch([.. changes.OfType<string>().Distinct(StringComparer.Ordinal)], changes.Contains(null));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Post(folder, e.FullPath);
        watcher.Created += (_, e) => Post(folder, e.FullPath);
        watcher.Deleted += (_, e) => Post(folder, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Post(folder, e.OldFullPath);
            Post(folder, e.FullPath);
        };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(null);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private bool TakeWaiting(List<string?> changes)
    {
        var before = changes.Count;
        while (_changes.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }

        return changes.Count > before;
    }

    /// <summary>Editors' swap and backup files are not content and trigger nothing.</summary>
    private void Post(string folder, string path)
    {
        if (!DiscoverContent.IsIgnored(Path.GetRelativePath(folder, path).Replace('\\', '/')))
        {
            _changes.Writer.TryWrite(path);
        }
    }
}
