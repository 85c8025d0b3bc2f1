using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>A reader with only a keyboard: a skip link first, then every control in view and visibly focused.</summary>
[Collection(SharedChromium.Name)]
public sealed class KeyboardTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    private const string FocusedElement =
        """
        () => {
            const e = document.activeElement;
            const r = e.getBoundingClientRect();
            const style = getComputedStyle(e);
            return {
                name: e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '') + ' ' + (e.getAttribute('href') || e.getAttribute('aria-label') || e.textContent.trim().slice(0, 40)),
                inView: r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight + 1 && r.left >= 0 && r.right <= innerWidth + 1,
                outlined: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
                isBody: e === document.body,
            };
        }
        """;

    [Fact]
    public async Task The_skip_link_comes_first_and_moves_focus_to_the_content()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Phone });
        var page = site.Page;

        await page.Keyboard.PressAsync("Tab");
        var skipLink = page.Locator(".skip-link");
        Assert.True(await skipLink.EvaluateAsync<bool>("a => a === document.activeElement && a.getBoundingClientRect().top >= 0"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task Every_control_reached_with_tab_is_in_view_and_visibly_focused(string viewport)
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Named(viewport) });
        var page = site.Page;
        var problems = new List<string>();
        var seen = 0;

        for (var i = 0; i < 100; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<FocusState>(FocusedElement);
            if (focused.IsBody)
            {
                break;
            }

            seen++;
            if (!focused.InView || !focused.Outlined)
            {
                problems.Add($"{focused.Name}: in view {focused.InView}, outlined {focused.Outlined}");
            }
        }

        Assert.True(seen >= 8, $"Only {seen} controls were reached with Tab.");
        Assert.Empty(problems);
    }

    private sealed class FocusState
    {
        public string Name { get; set; } = "";

        public bool InView { get; set; }

        public bool Outlined { get; set; }

        public bool IsBody { get; set; }
    }
}
