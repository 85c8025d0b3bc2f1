using KratomArticle.Content;

namespace KratomArticle.Preview;

/// <summary>
/// Watches a folder and everything in it, and the folder itself appearing or disappearing: while it does not exist,
/// its nearest existing parent is watched for it to be made. A folder on the way to it that is removed or renamed
/// (<c>themes/</c> moved away whole, with the theme's overlay in it) is seen by watching every folder above it up to a
/// given one, the site root.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly string _watchedUpTo;
    private readonly Action<FileSystemEventArgs> _changed;
    private readonly Action _appearedOrVanished;
    private readonly Lock _lock = new();
    private FileSystemWatcher[] _watchers = [];
    private bool _disposed;

    /// <param name="watchedUpTo">The highest folder watched for a folder on the way being removed or renamed, when it is above the folder (the site root); otherwise the folder's parent is.</param>
    /// <param name="changed">Called for each event inside the folder.</param>
    /// <param name="appearedOrVanished">Called when the folder, or a folder above it, is made, removed or renamed.</param>
    public FolderWatch(string folder, string watchedUpTo, Action<FileSystemEventArgs> changed, Action appearedOrVanished)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var upTo = Path.TrimEndingDirectorySeparator(Path.GetFullPath(watchedUpTo));
        _watchedUpTo = FolderPaths.IsInside(_folder, upTo) ? upTo : Path.GetDirectoryName(_folder) ?? _folder;
        _changed = changed;
        _appearedOrVanished = appearedOrVanished;
        Arm();
    }

    public event Action? Failed;

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            DisposeWatchers();
        }
    }

    private void Arm()
    {
        lock (_lock)
        {
            // A folder made or removed while the watchers start would go unseen, so they start again until it stays as it
            // was: the folder itself, or, while it does not exist, the nearest parent that does (a folder on the way to it made).
            while (!_disposed)
            {
                DisposeWatchers();
                var existed = Directory.Exists(_folder);
                var parent = existed ? null : NearestExistingParent();
                var watchers = new List<FileSystemWatcher>();
                try
                {
                    watchers.Add(existed ? WatchInside() : WatchForPath(parent!));
                    watchers.AddRange(FoldersAbove(existed ? _folder : parent!).Select(WatchForPath));
                }
                catch (Exception e) when (e is ArgumentException or IOException)
                {
                    // A folder was removed while its watcher started: look again.
                    watchers.ForEach(w => w.Dispose());
                    continue;
                }

                _watchers = [.. watchers];
                if (Directory.Exists(_folder) == existed && (existed || NearestExistingParent() == parent))
                {
                    return;
                }
            }
        }
    }

    private FileSystemWatcher WatchInside()
    {
        var watcher = Start(new FileSystemWatcher(_folder) { IncludeSubdirectories = true });
        watcher.Changed += (_, e) => _changed(e);
        watcher.Created += (_, e) => _changed(e);
        watcher.Deleted += (_, e) => _changed(e);
        watcher.Renamed += (_, e) => _changed(e);
        return watcher;
    }

    /// <summary>Watches <paramref name="parent"/> alone for the folder, or a folder on the way to it, being made, removed or renamed.</summary>
    private FileSystemWatcher WatchForPath(string parent)
    {
        var watcher = Start(new FileSystemWatcher(parent) { IncludeSubdirectories = false });
        watcher.Created += (_, e) => OnParentEvent(e.FullPath);
        watcher.Deleted += (_, e) => OnParentEvent(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnParentEvent(e.OldFullPath);
            OnParentEvent(e.FullPath);
        };
        return watcher;
    }

    private FileSystemWatcher Start(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Error += (_, _) => Failed?.Invoke();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnParentEvent(string path)
    {
        if (path == _folder || FolderPaths.IsInside(_folder, path))
        {
            // Not on the watcher's own thread: re-arming disposes the watcher that raised the event.
            ThreadPool.QueueUserWorkItem(_ =>
            {
                Arm();
                _appearedOrVanished();
            });
        }
    }

    /// <summary>
    /// The folders above <paramref name="folder"/> up to the highest watched, and at least its parent: a folder on the way
    /// may be removed or renamed in turn (a whole tree deleted, <c>themes/</c> moved away), which only its own parent sees.
    /// </summary>
    private IEnumerable<string> FoldersAbove(string folder)
    {
        for (var above = Path.GetDirectoryName(folder); above is not null; above = Path.GetDirectoryName(above))
        {
            yield return above;
            if (!FolderPaths.IsInside(above, _watchedUpTo))
            {
                yield break;
            }
        }
    }

    private string NearestExistingParent()
    {
        var parent = Path.GetDirectoryName(_folder)!;
        while (!Directory.Exists(parent))
        {
            parent = Path.GetDirectoryName(parent)!;
        }

        return parent;
    }

    private void DisposeWatchers()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _watchers = [];
    }
}
