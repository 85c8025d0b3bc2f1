using System.Text;

namespace KratomArticle.Testing;

/// <summary>
/// A site root in a temporary folder, holding either a copy of the real content or content written by the test,
/// and files that override the theme's when a test writes them. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(ContentDirectory);
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "output");

    /// <summary>The folder whose files override the default theme's.</summary>
    public string ThemeOverlayDirectory => Path.Combine(Root, "themes", "Default", "wwwroot");

    /// <summary>A site holding a copy of the repository's real content.</summary>
    public static TestSite WithRealContent()
    {
        var site = new TestSite(NewRoot());
        CopyDirectory(RepositoryPaths.Content, site.ContentDirectory);
        return site;
    }

    /// <summary>A site with a minimal site.yml and the content of <paramref name="contentDirectory"/> copied over it.</summary>
    public static TestSite WithContentFrom(string contentDirectory)
    {
        var site = Empty();
        CopyDirectory(contentDirectory, site.ContentDirectory);
        return site;
    }

    /// <summary>A site with a minimal valid site.yml and nothing else.</summary>
    public static TestSite Empty()
    {
        var site = new TestSite(NewRoot());
        site.Write("site.yml", "title: Test site\nbase-url: https://example.org/\n");
        return site;
    }

    /// <summary>Writes a content file (UTF-8, no BOM, the text exactly as given) and returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relativePath, byte[] bytes) => WriteFile(Path.Combine(ContentDirectory, relativePath), bytes);

    /// <summary>Writes a file over the default theme's file of the same path (or beside them) and returns its full path.</summary>
    public string WriteThemeFile(string relativePath, string text) =>
        WriteFile(Path.Combine(ThemeOverlayDirectory, relativePath), new UTF8Encoding(false).GetBytes(text));

    /// <summary>Puts a copy of the repository's theme files in the site's overlay folder, as this repository's own root has.</summary>
    public void CopyThemeFiles() => CopyDirectory(Path.Combine(RepositoryPaths.Themes, "Default", "wwwroot"), ThemeOverlayDirectory);

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(OutputDirectory, relativePath));

    /// <summary>Every output file's path and content, to compare two builds byte for byte.</summary>
    public Dictionary<string, byte[]> Snapshot(string? directory = null)
    {
        var root = directory ?? OutputDirectory;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllBytes);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static string WriteFile(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "kratom-test-" + Guid.NewGuid().ToString("N")[..12]);

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
