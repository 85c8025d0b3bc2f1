using System.Collections.Concurrent;

namespace KratomArticle.Content;

/// <summary>
/// The stamps of the files one build read, each taken just before it was read. A file whose stamp differs afterwards was
/// saved while the build read it, so the build may hold half of it, or a page made of one file from before a save and
/// another from after it. The watcher tells of that save too, but its event can arrive after the build has ended.
/// </summary>
internal sealed class ReadStamps
{
    private readonly ConcurrentQueue<(string Path, FileStamp Stamp)> _read = new();

    /// <summary>The full paths of the files read, in no particular order.</summary>
    public IEnumerable<string> Files => _read.Select(read => read.Path);

    /// <summary>Stamps a file about to be read.</summary>
    public void Take(string fullPath) => _read.Enqueue((fullPath, FileStamp.Of(fullPath)));

    /// <summary>Whether no file read has changed since.</summary>
    public bool Unchanged()
    {
        try
        {
            return _read.All(read => FileStamp.Of(read.Path) == read.Stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
