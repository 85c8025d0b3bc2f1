using KratomArticle.BrowserTests.Support;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>Printed, the page is the article alone, and outside links show where they go.</summary>
[Collection(SharedChromium.Name)]
public sealed class PrintTests(ChromiumFixture chromium, ArticleWithReferences article) : IClassFixture<ArticleWithReferences>
{
    [Fact]
    public async Task Print_drops_the_navigation_and_writes_out_outside_links()
    {
        await using var opened = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop });
        var page = opened.Page;

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var chrome in new[] { ".site-header", ".toc", ".skip-link", ".copy-link", ".heading-anchor", ".back-to-top" })
        {
            Assert.Equal(0, await page.Locator($"{chrome}:visible").CountAsync());
        }

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator(".disclaimer").IsVisibleAsync());
        Assert.True(await page.Locator(".references").IsVisibleAsync());
        var after = await page.Locator("a[href='https://example.org/peak']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Equal("\" (https://example.org/peak)\"", after);
        Assert.Equal("none", await page.Locator("a[href='#effects']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content"));
        var pdf = await page.PdfAsync();
        Assert.True(pdf.Length > 1000);
    }
}
