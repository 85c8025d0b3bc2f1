namespace KratomArticle.Testing;

/// <summary>Finds the repository the tests were built from, so they can use its real content and theme.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Themes => Path.Combine(Root, "themes");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KratomArticle.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run from a build inside the repository.");
    }
}
