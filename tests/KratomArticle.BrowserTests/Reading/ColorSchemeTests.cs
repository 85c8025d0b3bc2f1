using KratomArticle.BrowserTests.Support;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>The page follows the reader's settings: light or dark, and whether to reduce motion.</summary>
[Collection(SharedChromium.Name)]
public sealed class ColorSchemeTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    private const string Luminance =
        """
        selector => {
            const [r, g, b] = getComputedStyle(document.querySelector(selector)).backgroundColor.match(/\d+/g).map(Number);
            return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
        }
        """;

    [Fact]
    public async Task Dark_mode_applies_when_the_system_asks_for_it()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop, ColorScheme = ColorScheme.Dark });
        var page = site.Page;

        Assert.True(await page.EvaluateAsync<double>(Luminance, "body") < 0.15);
        Assert.True(await page.EvaluateAsync<double>(Luminance, ".disclaimer") < 0.25);
        Assert.Equal("#16181c", await page.Locator("meta[name=theme-color][media*=dark]").GetAttributeAsync("content"));
    }

    [Fact]
    public async Task Light_mode_is_the_default()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop, ColorScheme = ColorScheme.Light });

        Assert.True(await site.Page.EvaluateAsync<double>(Luminance, "body") > 0.9);
    }

    [Theory]
    [InlineData(ReducedMotion.Reduce, "auto")]
    [InlineData(ReducedMotion.NoPreference, "smooth")]
    public async Task Scrolling_is_smooth_only_for_readers_who_do_not_ask_for_reduced_motion(ReducedMotion motion, string behavior)
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop, ReducedMotion = motion });

        Assert.Equal(behavior, await site.Page.EvaluateAsync<string>("getComputedStyle(document.documentElement).scrollBehavior"));
    }
}
