using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Rendering;

namespace KratomArticle.Preview;

/// <summary>
/// The stamps of the files a rebuild reads again. Taken before and after a rebuild, two that differ show that a save
/// overlapped it, so it may hold half of a file, or a page made of some sections from before a save and some from after
/// it. The watcher's events say the same, but they can arrive after the rebuild has ended. Files of other pages are not
/// read again (the rebuild reuses what it kept of them), so they are not stamped: on a large site that would take
/// longer than the rebuild.
/// </summary>
public sealed class InputStamps
{
    // Null when a folder changed while it was being listed: such stamps match none.
    private readonly Dictionary<string, FileStamp>? _files;

    private InputStamps(Dictionary<string, FileStamp>? files) => _files = files;

    /// <summary>
    /// The files a rebuild after <paramref name="changes"/> reads again: those saved, and every file of their pages, so a page
    /// is never made of a file read now and another kept from before (whose save the watcher may not have told of yet).
    /// Everything in the input folders when anything may have changed; <see langword="null"/> when a folder changed while
    /// it was being listed.
    /// </summary>
    public static IReadOnlyCollection<string>? FilesToReadAgain(ChangeBatch changes, BuildOptions options)
    {
        string[] folders = [options.ContentDirectory, ThemeOverlay.Folder(options)];
        try
        {
            var files = changes.Everything
                ? folders.SelectMany(FilesUnder)
                : changes.Paths.SelectMany(path => Directory.Exists(path) ? FilesUnder(path) : FilesOfItsPage(path, options.ContentDirectory));
            return files.ToHashSet(StringComparer.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Stamps the files; stamps of <see langword="null"/> (files that could not be listed) match none.</summary>
    public static InputStamps Take(IReadOnlyCollection<string>? files)
    {
        try
        {
            return new(files?.ToDictionary(path => path, FileStamp.Of, StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null);
        }
    }

    public bool SameAs(InputStamps other) =>
        _files is not null && other._files is not null && _files.Count == other._files.Count
        && _files.All(file => other._files.TryGetValue(file.Key, out var stamp) && stamp == file.Value);

    private static IEnumerable<string> FilesUnder(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", DiscoverContent.Walk) : [];

    /// <summary>The file, and when it is a folder's index or one of its numbered sections, the other Markdown files of that page.</summary>
    private static IEnumerable<string> FilesOfItsPage(string path, string contentDirectory)
    {
        if (FolderPaths.RelativeTo(contentDirectory, path) is not { } relative
            || ContentFile.Classify(relative, path) is not { } saved
            || !IsPartOfFolderPage(saved)
            || Path.GetDirectoryName(path) is not { } folder
            || !Directory.Exists(folder))
        {
            return [path];
        }

        return Directory.EnumerateFiles(folder, "*.md")
            .Where(sibling => FolderPaths.RelativeTo(contentDirectory, sibling) is { } name
                && ContentFile.Classify(name, sibling) is var file && IsPartOfFolderPage(file) && file.PageKey == saved.PageKey)
            .Append(path);
    }

    private static bool IsPartOfFolderPage(ContentFile file) => file.Kind == ContentKind.Section || file.IsFolderIndex;
}
