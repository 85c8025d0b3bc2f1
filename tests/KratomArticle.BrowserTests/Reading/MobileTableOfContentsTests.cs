using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>On a phone the table of contents is a closed disclosure at the top of the article.</summary>
[Collection(SharedChromium.Name)]
public sealed class MobileTableOfContentsTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    [Fact]
    public async Task It_starts_closed_opens_on_tap_and_its_links_go_to_their_sections()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Phone, HasTouch = true });
        var page = site.Page;
        var summary = page.Locator(".toc summary");

        Assert.True(await summary.IsVisibleAsync());
        Assert.False(await page.Locator(".toc a").First.IsVisibleAsync());
        var firstSection = await page.EvaluateAsync<double>("document.querySelector('.article-section').getBoundingClientRect().top");
        var tocTop = await page.EvaluateAsync<double>("document.querySelector('.toc').getBoundingClientRect().top");
        Assert.True(tocTop < firstSection, "The table of contents is not above the article's sections.");

        await summary.TapAsync();
        var links = page.Locator(".toc a");
        Assert.True(await links.First.IsVisibleAsync());

        var last = links.Last;
        var href = await last.GetAttributeAsync("href");
        await last.TapAsync();
        await page.WaitForFunctionAsync("hash => location.hash === hash", href);
        var inView = await page.EvaluateAsync<bool>("id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight / 2; }", href![1..]);
        Assert.True(inView, $"{href} is not in view after tapping its entry.");
    }

    [Fact]
    public async Task The_back_to_top_link_returns_to_the_top_of_the_page()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Phone });
        var page = site.Page;

        await page.Locator(".back-to-top a").ClickAsync();

        await page.WaitForFunctionAsync("() => scrollY === 0 && location.hash === '#top'");
    }
}
