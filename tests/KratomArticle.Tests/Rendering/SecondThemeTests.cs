using System.Text;
using AngleSharp.Html.Parser;
using KratomArticle.Rendering;
using KratomArticle.Testing;
using KratomArticle.Themes.Minimal;

namespace KratomArticle.Tests.Rendering;

/// <summary>A theme other than the default builds a site through the same seam: components, files and reserved ids.</summary>
public sealed class SecondThemeTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void The_minimal_theme_renders_the_article_with_its_own_components_and_stylesheet()
    {
        var (build, context) = SiteBuilder.Build(_site, theme: MinimalTheme.Instance);

        Assert.True(build.Succeeded, string.Join('\n', SiteBuilder.Messages(context)));
        var page = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        Assert.Equal(MinimalTheme.ContentId, page.QuerySelector("main")?.Id);
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.Matches(@"^minimal\.[0-9a-f]{10}\.css$", stylesheet);
        var paths = build.Files.Select(f => f.Path).ToList();
        Assert.Contains(stylesheet, paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("site.", StringComparison.Ordinal));
        var sectionIds = page.QuerySelectorAll("h2[id]").Select(h => h.Id).ToList();
        Assert.Equal(sectionIds, page.QuerySelectorAll("ol.contents > li > a").Select(a => a.GetAttribute("href")![1..]));
        Assert.Contains("Nothing here.", SiteBuilder.Page(build, "404.html"));
    }

    [Fact]
    public void Heading_ids_step_around_the_minimal_themes_reserved_ids_and_its_overlay_folder_is_its_own()
    {
        _site.Write("05-content.md", "---\ntitle: Content\n---\nText.\n");
        var overlay = Path.Combine(_site.Root, "themes", "Minimal", "wwwroot", "minimal.css");
        Directory.CreateDirectory(Path.GetDirectoryName(overlay)!);
        File.WriteAllText(overlay, "body { color: teal; }\n");

        var (build, _) = SiteBuilder.Build(_site, theme: MinimalTheme.Instance);

        var page = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        Assert.NotNull(page.GetElementById("content-1"));
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Equal(MinifyAsset.Apply("minimal.css", Encoding.UTF8.GetBytes("body { color: teal; }\n")), build.Files.Single(f => f.Path == stylesheet).Content.ToArray());
    }
}
