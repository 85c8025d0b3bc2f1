using KratomArticle.BrowserTests.Support;
using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Publishing;

/// <summary>
/// A site published under a sub-path, as GitHub Pages serves a project (<c>https://user.github.io/repo/</c>):
/// every link and asset of every page resolves under that path.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class SubPathTests(ChromiumFixture chromium, SubPathTests.SiteUnderRepo site) : IClassFixture<SubPathTests.SiteUnderRepo>
{
    public const string BaseUrl = "https://user.github.io/repo/";
    private const string BasePath = "/repo/";

    [Theory]
    [InlineData("/repo/")]
    [InlineData("/repo/about/")]
    [InlineData("/repo/no/such/page/")]
    public async Task Every_link_and_asset_resolves_under_the_sub_path(string path)
    {
        await using var opened = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), site.OutputDirectory, new() { ViewportSize = Viewports.Desktop }, path, BasePath);
        var page = opened.Page;

        Assert.NotEqual("16px", await page.EvaluateAsync<string>("getComputedStyle(document.body).fontSize"));
        var urls = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href], link[href], script[src], img[src]')].map(e => e.href || e.src)");
        Assert.NotEmpty(urls);
        foreach (var url in urls.Distinct())
        {
            var uri = new Uri(url);
            if (uri.Host != "localhost")
            {
                Assert.StartsWith(BaseUrl, url, StringComparison.Ordinal);
                continue;
            }

            Assert.StartsWith(StaticSiteHost.Origin + BasePath, url, StringComparison.Ordinal);
            if (uri.Fragment.Length > 1 && uri.GetLeftPart(UriPartial.Path) == page.Url.Split('#')[0])
            {
                Assert.True(await page.EvaluateAsync<bool>("id => document.getElementById(id) !== null", Uri.UnescapeDataString(uri.Fragment[1..])), $"{url} points at no element");
                continue;
            }

            var status = await page.EvaluateAsync<int>("url => fetch(url).then(r => r.status)", url);
            Assert.True(status == 200, $"{url}, linked from {path}, answers {status}");
        }
    }

    public sealed class SiteUnderRepo() : BuiltSite(WithAboutPage(TestSite.WithRealContent()), "--base-url", BaseUrl)
    {
        private static TestSite WithAboutPage(TestSite site)
        {
            site.Write("about.md", "---\ntitle: About\ndescription: Who writes this site.\n---\nBack to [the article](../).\n");
            return site;
        }
    }
}
