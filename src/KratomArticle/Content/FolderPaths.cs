namespace KratomArticle.Content;

/// <summary>Paths of files in the site's folders, as the content listing, the cache and the watcher name them.</summary>
internal static class FolderPaths
{
    /// <summary>
    /// Whether <paramref name="path"/> is inside <paramref name="folder"/>, at any depth, and not the folder itself. Both
    /// are full paths without a trailing separator, but for a file system's root (<c>/</c>), which has one.
    /// </summary>
    public static bool IsInside(string path, string folder) =>
        path.Length > folder.Length
        && path.StartsWith(folder, StringComparison.Ordinal)
        && (Path.EndsInDirectorySeparator(folder) || path[folder.Length] == Path.DirectorySeparatorChar);

    /// <summary>The path under <paramref name="folder"/> with <c>/</c> separators, or <see langword="null"/> when it is not under it.</summary>
    public static string? RelativeTo(string folder, string path)
    {
        // A path listed or watched from the folder starts with it; that common case needs no normalising.
        if (path.Length > folder.Length && path.StartsWith(folder, StringComparison.Ordinal) && path[folder.Length] == Path.DirectorySeparatorChar)
        {
            return path[(folder.Length + 1)..].Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }
}
