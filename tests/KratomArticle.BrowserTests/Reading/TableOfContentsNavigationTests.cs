using KratomArticle.BrowserTests.Support;
using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>A reader clicks each entry of the table of contents in a real browser.</summary>
[Collection(SharedChromium.Name)]
public sealed class TableOfContentsNavigationTests(ChromiumFixture chromium) : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Clicking_each_toc_entry_puts_its_id_in_the_url_and_its_heading_in_view()
    {
        var browser = chromium.SkipUnlessAvailable();
        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);
        await using var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        await StaticSiteHost.ServeAsync(context, _site.OutputDirectory);
        var page = await context.NewPageAsync();
        await page.GotoAsync(StaticSiteHost.Origin + "/");

        var hrefs = await page.Locator("nav a[href^='#']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.True(hrefs.Length >= 4);
        foreach (var href in hrefs)
        {
            await page.Locator($"nav a[href='{href}']").First.ClickAsync();
            await page.WaitForFunctionAsync("hash => location.hash === hash", href);
            var heading = page.Locator(href);
            await heading.WaitForAsync();
            var inView = await page.WaitForFunctionAsync(
                "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }",
                href[1..]);
            Assert.True(await inView.JsonValueAsync<bool>(), $"{href} is not in view after clicking its entry");
        }
    }
}
