using KratomArticle.Content;

namespace KratomArticle.Preview;

/// <summary>
/// Every file a build may read, with its stamp. Taken before and after a rebuild, two that differ show that a save
/// overlapped the build, which may then hold half of a file, or some files from before a save and some from after it.
/// The watcher's events say the same, but they can arrive after the build has ended.
/// </summary>
public sealed class InputStamps
{
    // Null when a folder changed while it was being listed: such stamps match none.
    private readonly Dictionary<string, FileStamp>? _files;

    private InputStamps(Dictionary<string, FileStamp>? files) => _files = files;

    public static InputStamps Take(IEnumerable<string> folders)
    {
        try
        {
            return new(folders.Where(Directory.Exists)
                .SelectMany(folder => Directory.EnumerateFiles(folder, "*", DiscoverContent.Walk))
                .ToDictionary(path => path, FileStamp.Of, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null);
        }
    }

    public bool SameAs(InputStamps other) =>
        _files is not null && other._files is not null && _files.Count == other._files.Count
        && _files.All(file => other._files.TryGetValue(file.Key, out var stamp) && stamp == file.Value);
}
