using System.Text;

namespace KratomArticle.Testing;

/// <summary>
/// A site root in a temporary folder: a copy of the repository's theme assets, and either a copy of the
/// real content or content written by the test. Deleted on dispose.
/// </summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root)
    {
        Root = root;
        Directory.CreateDirectory(ContentDirectory);
        CopyDirectory(Path.Combine(RepositoryPaths.Themes, "Default", "wwwroot"), Path.Combine(root, "themes", "Default", "wwwroot"));
    }

    public string Root { get; }

    public string ContentDirectory => Path.Combine(Root, "content");

    public string OutputDirectory => Path.Combine(Root, "output");

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

    public string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

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
