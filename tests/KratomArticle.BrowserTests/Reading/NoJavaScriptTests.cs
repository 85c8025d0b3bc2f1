using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>With JavaScript off the article is all there and every link still works; only the copy buttons are gone.</summary>
[Collection(SharedChromium.Name)]
public sealed class NoJavaScriptTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    [Fact]
    public async Task On_a_wide_screen_the_content_shows_and_the_sidebar_links_navigate()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop, JavaScriptEnabled = false });
        var page = site.Page;

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".disclaimer").IsVisibleAsync());
        Assert.Equal(0, await page.Locator(".copy-link:visible").CountAsync());
        await AssertEntriesNavigateAsync(page);
    }

    [Fact]
    public async Task On_a_phone_the_disclosure_opens_and_its_links_navigate()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Phone, JavaScriptEnabled = false });
        var page = site.Page;

        await page.Locator(".toc summary").ClickAsync();
        await AssertEntriesNavigateAsync(page);
    }

    private static async Task AssertEntriesNavigateAsync(Microsoft.Playwright.IPage page)
    {
        var links = page.Locator(".toc a");
        Assert.True(await links.CountAsync() >= 4);
        for (var i = await links.CountAsync() - 1; i >= 0; i--)
        {
            var href = await links.Nth(i).GetAttributeAsync("href");
            await links.Nth(i).ClickAsync();
            Assert.EndsWith(href!, page.Url, StringComparison.Ordinal);
            var inView = await page.Locator(href!).EvaluateAsync<bool>("h => { const r = h.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }");
            Assert.True(inView, $"{href} is not in view after clicking its entry.");
        }
    }
}
