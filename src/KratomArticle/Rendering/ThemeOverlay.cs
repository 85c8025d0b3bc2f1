using KratomArticle.Engine;

namespace KratomArticle.Rendering;

/// <summary>
/// A site root's own copies of the theme's files, in <c>themes/&lt;theme&gt;/wwwroot/</c>: each replaces the theme's file
/// of the same path, or adds a file.
/// </summary>
internal static class ThemeOverlay
{
    public static string Folder(BuildOptions options) => Path.Combine(options.Root, "themes", options.Theme.Name, "wwwroot");

    /// <summary>How a file of the overlay is named in messages: its path from the site root.</summary>
    public static string Shown(BuildOptions options, string path) => Path.GetRelativePath(options.Root, path).Replace('\\', '/');
}
