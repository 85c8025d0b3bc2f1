namespace KratomArticle.Preview;

/// <summary>
/// Watches a folder and everything in it, and the folder itself appearing or disappearing: while it does not exist,
/// its nearest existing parent is watched for it to be made.
/// </summary>
internal sealed class FolderWatch : IDisposable
{
    private readonly string _folder;
    private readonly Action<FileSystemEventArgs> _changed;
    private readonly Action _appearedOrVanished;
    private readonly Lock _lock = new();
    private FileSystemWatcher[] _watchers = [];
    private bool _disposed;

    /// <param name="changed">Called for each event inside the folder.</param>
    /// <param name="appearedOrVanished">Called when the folder, or a folder above it, is made, removed or renamed.</param>
    public FolderWatch(string folder, Action<FileSystemEventArgs> changed, Action appearedOrVanished)
    {
        _folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
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
                    // The parent watched for the folder may be removed in turn (a whole tree deleted), which only its own parent sees.
                    watchers.Add(existed ? WatchInside() : WatchForPath(parent!));
                    if (Path.GetDirectoryName(existed ? _folder : parent!) is { } above)
                    {
                        watchers.Add(WatchForPath(above));
                    }
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
        if (path == _folder || _folder.StartsWith(path + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            // Not on the watcher's own thread: re-arming disposes the watcher that raised the event.
            ThreadPool.QueueUserWorkItem(_ =>
            {
                Arm();
                _appearedOrVanished();
            });
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
