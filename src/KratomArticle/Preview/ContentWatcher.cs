using System.Diagnostics;
using System.Threading.Channels;
using KratomArticle.Content;

namespace KratomArticle.Preview;

/// <summary>
/// Watches folders for saves and hands them out in batches: a burst of events (an editor writing a temporary
/// file, renaming it, saving twice) becomes one batch, taken once the folders have been quiet for a moment.
/// </summary>
internal sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(4);

    // A stream of changes that never pauses (a large copy, say) is still rebuilt now and then, though such a rebuild is
    // served only if nothing changed while it ran.
    private static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(500);

    private readonly Channel<Change> _changes = Channel.CreateUnbounded<Change>(new() { SingleReader = true });
    private readonly FolderWatch[] _watches;
    private volatile bool _gathering;

    /// <param name="folders">The folders to watch, with their subfolders; one that appears or disappears later changes everything.</param>
    /// <param name="watchedUpTo">The site root: a folder between it and a watched folder being removed or renamed is seen too.</param>
    public ContentWatcher(IEnumerable<string> folders, string watchedUpTo) => _watches = [.. folders.Select(folder => Watch(folder, watchedUpTo))];

    public async Task<ChangeBatch> NextBatchAsync(CancellationToken cancellationToken)
    {
        var changes = new List<Change> { await _changes.Reader.ReadAsync(cancellationToken) };
        _gathering = true;
        try
        {
            while (true)
            {
                TakeWaiting(changes);
                var quiet = Stopwatch.GetElapsedTime(changes[^1].At);
                if (quiet >= QuietPeriod || Stopwatch.GetElapsedTime(changes[0].At) >= LongestWait)
                {
                    return new ChangeBatch(
                        [.. changes.Select(c => c.Path).OfType<string>().Distinct(StringComparer.Ordinal)], changes.Any(c => c.Path is null), changes.Any(c => c.AddsOrRemoves));
                }

                await Task.Delay(QuietPeriod - quiet, cancellationToken);
            }
        }
        finally
        {
            _gathering = false;
        }
    }

    /// <summary>Whether no change is waiting or being gathered into a batch.</summary>
    public bool IsIdle => !_gathering && !HasWaitingChanges;

    /// <summary>Whether anything changed since the last batch was taken.</summary>
    public bool HasWaitingChanges => _changes.Reader.TryPeek(out _);

    /// <summary>Whether anything changes within <paramref name="time"/> (or has already); the changes are left for the next batch.</summary>
    public async Task<bool> ChangesWithinAsync(TimeSpan time, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(time);
        try
        {
            return await _changes.Reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Makes the next batch say that anything may have changed, e.g. the theme's code.</summary>
    public void ReportEverythingChanged() => _changes.Writer.TryWrite(new Change(null, AddsOrRemoves: true, Stopwatch.GetTimestamp()));

    public void Dispose()
    {
        foreach (var watch in _watches)
        {
            watch.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private FolderWatch Watch(string folder, string watchedUpTo)
    {
        var watch = new FolderWatch(folder, watchedUpTo, e =>
        {
            if (e is RenamedEventArgs renamed)
            {
                Post(folder, renamed.OldFullPath, addsOrRemoves: true);
            }

            Post(folder, e.FullPath, addsOrRemoves: e.ChangeType != WatcherChangeTypes.Changed);
        }, ReportEverythingChanged);
        watch.Failed += ReportEverythingChanged;
        return watch;
    }

    private void TakeWaiting(List<Change> changes)
    {
        while (_changes.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }
    }

    /// <summary>Editors' swap and backup files are not content and trigger nothing.</summary>
    private void Post(string folder, string path, bool addsOrRemoves)
    {
        if (!DiscoverContent.IsIgnored(Path.GetRelativePath(folder, path).Replace('\\', '/')))
        {
            _changes.Writer.TryWrite(new Change(path, addsOrRemoves, Stopwatch.GetTimestamp()));
        }
    }

    /// <param name="Path">The full path of the file, or <see langword="null"/> when anything may have changed.</param>
    /// <param name="AddsOrRemoves">Whether the event is a file or folder created, deleted or renamed, which changes the listing of the folders.</param>
    /// <param name="At">When the event came, as a <see cref="Stopwatch"/> timestamp.</param>
    private readonly record struct Change(string? Path, bool AddsOrRemoves, long At);
}
