using System.Text;
using AngleSharp.Html.Parser;
using KratomArticle.Engine;
using KratomArticle.Rendering;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Rendering;

/// <summary>
/// The default theme's files travel inside the executable; a site root's <c>themes/Default/wwwroot/</c> replaces them file
/// by file and may add its own.
/// </summary>
public sealed class ThemeOverlayTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_root_holding_only_content_builds_the_same_bytes_as_one_with_a_copy_of_the_themes_files()
    {
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "themes")));
        var embedded = Build();

        _site.CopyThemeFiles();
        var overlaid = Build();

        Assert.Equal(embedded.Keys.Order(), overlaid.Keys.Order());
        Assert.All(embedded, file => Assert.Equal(file.Value, overlaid[file.Key]));
        var stylesheet = Assert.Single(embedded.Keys, p => p.StartsWith("site.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal(MinifyAsset.Apply("site.css", File.ReadAllBytes(Path.Combine(RepositoryPaths.Themes, "Default", "wwwroot", "site.css"))), embedded[stylesheet]);
    }

    [Fact]
    public void A_stylesheet_in_the_root_replaces_the_themes_under_a_name_hashed_from_its_own_content()
    {
        var before = Build();
        _site.WriteThemeFile("site.css", "body { color: rebeccapurple; }\n");

        var after = Build();

        var stylesheet = Assert.Single(after.Keys, p => p.StartsWith("site.", StringComparison.Ordinal) && p.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal(MinifyAsset.Apply("site.css", Encoding.UTF8.GetBytes("body { color: rebeccapurple; }\n")), after[stylesheet]);
        Assert.DoesNotContain(stylesheet, before.Keys);
        var page = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(after["index.html"]));
        Assert.Equal(stylesheet, page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.Contains(after.Keys, p => p.StartsWith("site.", StringComparison.Ordinal) && p.EndsWith(".js", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_the_theme_does_not_ship_is_added_under_its_own_path()
    {
        _site.WriteThemeFile("fonts/reading.txt", "a file the stylesheet may refer to\n");

        var files = Build();

        Assert.Equal("a file the stylesheet may refer to\n", Encoding.UTF8.GetString(files[Path.Combine("fonts", "reading.txt")]));
    }

    [Fact]
    public void A_symbolic_link_in_the_overlay_is_a_warning_that_names_it_and_is_not_published()
    {
        var secret = Path.Combine(_site.Root, "secret.txt");
        File.WriteAllText(secret, "not for the site");
        Directory.CreateDirectory(_site.ThemeOverlayDirectory);
        File.CreateSymbolicLink(Path.Combine(_site.ThemeOverlayDirectory, "site.css"), secret);

        var run = CliRun.Start(_site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l == "warning KA0004: themes/Default/wwwroot/site.css is a symbolic link; it is skipped, as a link could publish a file from outside the site.");
        Assert.DoesNotContain(_site.Snapshot().Values, bytes => Encoding.UTF8.GetString(bytes).Contains("not for the site"));
    }

    [Fact]
    public void A_stylesheet_that_is_not_utf8_fails_the_build_naming_the_file_and_leaves_the_site_as_it_was()
    {
        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);
        var before = _site.Snapshot();
        Directory.CreateDirectory(_site.ThemeOverlayDirectory);
        File.WriteAllBytes(Path.Combine(_site.ThemeOverlayDirectory, "site.css"), [0x62, 0x6f, 0x64, 0x79, 0xff, 0xfe]);

        var run = CliRun.Start(_site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l == "error KA0004: themes/Default/wwwroot/site.css is not UTF-8 text, which browsers read it as; save it as UTF-8.");
        Assert.Equivalent(before, _site.Snapshot(), strict: true);
    }

    [Fact]
    public void An_added_file_at_a_path_the_site_already_has_is_an_error()
    {
        _site.WriteThemeFile("index.html", "<p>not the article</p>");
        _site.WriteThemeFile("sitemap.xml", "<urlset/>");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.False(build.Succeeded);
        Assert.Equal(
            [
                "error KA0004: themes/Default/wwwroot/index.html would be published as index.html, which the site already has; rename it.",
                "error KA0004: themes/Default/wwwroot/sitemap.xml would be published as sitemap.xml, which the site already has; rename it.",
            ],
            SiteBuilder.Messages(context).Where(m => m.Contains("KA0004", StringComparison.Ordinal)));
        Assert.Equal(Severity.Error, context.Diagnostics.First(d => d.Code == DiagnosticCodes.ThemeFileUnusable).Severity);
    }

    private Dictionary<string, byte[]> Build()
    {
        var run = CliRun.Start(_site.Root, "build");
        Assert.True(run.ExitCode == 0, run.Error);
        return _site.Snapshot();
    }
}
