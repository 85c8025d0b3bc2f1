namespace KratomArticle.Preview;

/// <summary>Paths the watcher reports, as the cache and the content folder name them.</summary>
public static class FolderPaths
{
    /// <summary>The path under <paramref name="folder"/> with <c>/</c> separators, or <see langword="null"/> when it is not under it.</summary>
    public static string? RelativeTo(string folder, string path)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? null : relative.Replace('\\', '/');
    }
}
