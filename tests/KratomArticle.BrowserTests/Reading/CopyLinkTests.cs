using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>The "copy link" button beside a heading puts the section's address on the clipboard and says so.</summary>
[Collection(SharedChromium.Name)]
public sealed class CopyLinkTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    [Theory]
    [InlineData("desktop")]
    [InlineData("phone")]
    public async Task Copying_puts_the_section_url_on_the_clipboard_and_announces_it(string viewport)
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new()
        {
            ViewportSize = Viewports.Named(viewport),
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = site.Page;
        var heading = page.Locator("h2#conclusion");
        var button = page.Locator(".heading:has(> h2#conclusion) .copy-link");

        Assert.Equal("Copy link to section: Conclusion", await button.GetAttributeAsync("aria-label"));
        await heading.HoverAsync();
        await button.ClickAsync();

        await page.WaitForFunctionAsync("() => document.getElementById('copy-status').textContent.includes('copied')");
        Assert.Equal(StaticSiteHost.Origin + "/#conclusion", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        Assert.Equal("Link to “Conclusion” copied.", await page.Locator("#copy-status").TextContentAsync());
        Assert.Equal("status", await page.Locator("#copy-status").GetAttributeAsync("role"));
    }

    [Fact]
    public async Task The_button_works_from_the_keyboard()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new()
        {
            ViewportSize = Viewports.Desktop,
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = site.Page;
        var button = page.Locator(".copy-link").First;

        await button.FocusAsync();
        Assert.Equal("1", await button.EvaluateAsync<string>("b => getComputedStyle(b).opacity"));
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForFunctionAsync("() => document.getElementById('copy-status').textContent.includes('copied')");
        var href = await page.Locator(".heading-anchor").First.GetAttributeAsync("href");
        Assert.Equal(StaticSiteHost.Origin + "/" + href, await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }
}
