using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Output;

/// <summary>
/// Refuses output folders that a build would damage: replacing the output folder deletes it, so it must
/// not be the site root, a source folder, a folder inside one, a parent of one, the home folder or the file system root.
/// </summary>
internal static class OutputGuard
{
    /// <summary>Returns why <paramref name="outputDirectory"/> cannot be used, or <see langword="null"/> when it can.</summary>
    public static string? Problem(string outputDirectory, BuildOptions options)
    {
        var output = Normalize(outputDirectory);
        if (output == Normalize(Path.GetPathRoot(output) ?? "/"))
        {
            return $"the output folder {outputDirectory} is the root of the file system";
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && IsSameOrInside(Normalize(home), output))
        {
            return $"the output folder {outputDirectory} is the home folder or holds it";
        }

        var protectedFolders = new[]
        {
            ("site root", options.Root),
            ("content folder", options.ContentDirectory),
            ("themes folder", Path.Combine(options.Root, "themes")),
            ("source folder", Path.Combine(options.Root, "src")),
        };
        foreach (var (name, folder) in protectedFolders)
        {
            var guarded = Normalize(folder);
            if (IsSameOrInside(guarded, output))
            {
                return $"the output folder {outputDirectory} is the {name} or holds it, and building would replace it";
            }

            if (name != "site root" && IsSameOrInside(output, guarded))
            {
                return $"the output folder {outputDirectory} is inside the {name}";
            }
        }

        return null;
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string path, string folder) => path == folder || FolderPaths.IsInside(path, folder);
}
