using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>
/// The same content builds to the same bytes as the kept copy in <c>Output/Golden/</c>: the real article, and a small site
/// (<c>Golden/site/</c>) with sections, footnotes, references, callouts, images, a draft, a page in a folder, a feed, a
/// sitemap and a stylesheet it adds to the theme. The theme's files are named by a hash of their minified content, so this
/// holds the minifying to the same bytes too. To accept a deliberate change of the output, run this test with
/// <c>KRATOM_UPDATE_GOLDEN=1</c>, which rewrites the kept copies, and commit them with the change.
/// </summary>
public sealed class GoldenOutputTests
{
    private const string Today = "2026-03-01";

    private static string Golden => Path.Combine(RepositoryPaths.Root, "tests", "KratomArticle.Tests", "Output", "Golden");

    [Fact]
    public void The_article_builds_to_the_kept_bytes()
    {
        using var site = TestSite.WithRealContent();
        AssertSameAsGolden(site, "article");
    }

    [Fact]
    public void The_fixture_site_builds_to_the_kept_bytes()
    {
        using var site = TestSite.WithContentFrom(Path.Combine(Golden, "site", "content"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Golden, "site", "themes", "Default", "wwwroot")))
        {
            site.WriteThemeFile(Path.GetFileName(file), File.ReadAllText(file));
        }

        AssertSameAsGolden(site, "fixture");
    }

    private static void AssertSameAsGolden(TestSite site, string name)
    {
        var run = CliRun.Start(site.Root, "build", "--today", Today);
        Assert.True(run.ExitCode == 0, run.Error);
        var built = site.Snapshot();
        var kept = Path.Combine(Golden, name);
        if (Environment.GetEnvironmentVariable("KRATOM_UPDATE_GOLDEN") == "1")
        {
            Rewrite(kept, built);
        }

        var golden = site.Snapshot(kept);
        Assert.Equal(golden.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.All(golden, file => Assert.True(file.Value.AsSpan().SequenceEqual(built[file.Key]), $"{file.Key} differs from {name}'s kept copy."));
    }

    private static void Rewrite(string folder, Dictionary<string, byte[]> files)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        foreach (var (path, content) in files)
        {
            var target = Path.Combine(folder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, content);
        }
    }
}
