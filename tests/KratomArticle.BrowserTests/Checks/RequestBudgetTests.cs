using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Checks;

/// <summary>Reading the whole article asks nothing of any other host and loads one stylesheet and at most one script.</summary>
[Collection(SharedChromium.Name)]
public sealed class RequestBudgetTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task The_page_requests_only_its_own_files(string viewport)
    {
        var browser = chromium.SkipUnlessAvailable();
        await using var context = await browser.NewContextAsync(new() { ViewportSize = Viewports.Named(viewport) });
        await StaticSiteHost.ServeAsync(context, article.OutputDirectory);
        var page = await context.NewPageAsync();
        var requests = new List<(string Url, string Type)>();
        page.Request += (_, request) => requests.Add((request.Url, request.ResourceType));

        await page.GotoAsync(StaticSiteHost.Origin + "/", new() { WaitUntil = Microsoft.Playwright.WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        Assert.All(requests, r => Assert.StartsWith(StaticSiteHost.Origin + "/", r.Url, StringComparison.Ordinal));
        Assert.Single(requests, r => r.Type == "stylesheet");
        Assert.InRange(requests.Count(r => r.Type == "script"), 0, 1);
        Assert.DoesNotContain(requests, r => r.Type is "font" or "xhr" or "fetch" or "websocket");
    }
}
