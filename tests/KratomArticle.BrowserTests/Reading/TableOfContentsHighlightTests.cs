using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>On a wide screen the table of contents is a sticky sidebar that marks the section being read.</summary>
[Collection(SharedChromium.Name)]
public sealed class TableOfContentsHighlightTests(ChromiumFixture chromium, RealArticle article) : IClassFixture<RealArticle>
{
    private const string CurrentEntry = "document.querySelector('.toc a[aria-current]')?.getAttribute('href')";

    [Fact]
    public async Task The_marked_entry_follows_scrolling_stays_in_view_and_moves_nothing()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop });
        var page = site.Page;
        var hrefs = await page.Locator(".toc a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var layoutBefore = await TocLayoutAsync(page);
        Assert.True(hrefs.Length >= 4);

        foreach (var href in hrefs)
        {
            await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView({ block: 'start' })", href[1..]);
            await page.WaitForFunctionAsync($"href => {CurrentEntry} === href", href);
            var entryInSidebar = await page.EvaluateAsync<bool>(
                """
                href => {
                    const toc = document.querySelector('.toc').getBoundingClientRect();
                    const entry = document.querySelector(`.toc a[href="${href}"]`).getBoundingClientRect();
                    return entry.top >= toc.top && entry.bottom <= toc.bottom && toc.top >= 0 && toc.bottom <= innerHeight;
                }
                """,
                href);
            Assert.True(entryInSidebar, $"The entry for {href} is not in view in the sidebar.");
            Assert.Equal(layoutBefore, await TocLayoutAsync(page));
        }

        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await page.WaitForFunctionAsync($"{CurrentEntry} === '{hrefs[0]}' || {CurrentEntry} === undefined");
    }

    [Fact]
    public async Task The_sidebar_is_shown_open_beside_the_article_without_a_disclosure_toggle()
    {
        await using var site = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), article.OutputDirectory, new() { ViewportSize = Viewports.Desktop });
        var page = site.Page;

        Assert.True(await page.Locator(".toc a").First.IsVisibleAsync());
        Assert.False(await page.Locator(".toc summary").IsVisibleAsync());
        var tocRight = await page.EvaluateAsync<double>("document.querySelector('.toc').getBoundingClientRect().right");
        var articleLeft = await page.EvaluateAsync<double>("document.querySelector('.article-body').getBoundingClientRect().left");
        Assert.True(tocRight < articleLeft, "The sidebar overlaps the article.");
        var accessibleTree = await page.Locator("nav.toc").AriaSnapshotAsync();
        Assert.Contains("navigation \"Contents\"", accessibleTree);
        Assert.Contains("link \"Conclusion\"", accessibleTree);

        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight / 2)");
        Assert.Equal(0, await page.EvaluateAsync<double>("Math.round(document.querySelector('.toc').getBoundingClientRect().top)"));
    }

    /// <summary>Each entry's box, from the sidebar's top-left corner, so scrolling the page does not count as a change.</summary>
    private static Task<string> TocLayoutAsync(Microsoft.Playwright.IPage page) =>
        page.EvaluateAsync<string>(
            """
            () => {
                const toc = document.querySelector('.toc').getBoundingClientRect();
                return [...document.querySelectorAll('.toc a')].map(a => {
                    const r = a.getBoundingClientRect();
                    return [r.left - toc.left, r.top - toc.top, r.width, r.height].map(Math.round).join(',');
                }).join(';');
            }
            """);
}
