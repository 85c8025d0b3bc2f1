using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using KratomArticle.BrowserTests.Support;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Checks;

/// <summary>axe-core finds no WCAG 2.2 A or AA violation on any page, in light and dark, on a phone and a desktop.</summary>
[Collection(SharedChromium.Name)]
public sealed class AccessibilityTests(ChromiumFixture chromium, RealArticle realArticle, ArticleWithReferences articleWithReferences, ReviewedArticleSite reviewedArticle)
    : IClassFixture<RealArticle>, IClassFixture<ArticleWithReferences>, IClassFixture<ReviewedArticleSite>
{
    private static readonly AxeRunOptions WcagAandAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var page in new[] { "real article", "about page", "not found page", "article with references", "reviewed article with callouts" })
        {
            foreach (var scheme in new[] { "light", "dark" })
            {
                foreach (var viewport in new[] { "phone", "desktop" })
                {
                    data.Add(page, scheme, viewport);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Axe_finds_no_violations(string page, string scheme, string viewport)
    {
        var (site, path) = page switch
        {
            "real article" => (realArticle, "/"),
            "about page" => (realArticle, "/about/"),
            "not found page" => (realArticle, "/no/such/page/"),
            "reviewed article with callouts" => (reviewedArticle, "/"),
            _ => ((BuiltSite)articleWithReferences, "/"),
        };
        await using var opened = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), site.OutputDirectory, new()
        {
            ViewportSize = Viewports.Named(viewport),
            ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light,
        }, path);
        var summary = opened.Page.Locator(".toc summary");
        if (await summary.IsVisibleAsync())
        {
            // Open the table of contents so its entries are checked too.
            await summary.ClickAsync();
        }

        var result = await opened.Page.RunAxe(WcagAandAA);

        var violations = result.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help}\n" + string.Join('\n', v.Nodes.Select(n => $"    {n.Target}: {n.Html}")))
            .ToArray();
        TestContext.Current.SendDiagnosticMessage($"axe {page}, {scheme}, {viewport}: {violations.Length} violations, {result.Passes.Length} rules passed");
        Assert.True(violations.Length == 0, $"axe reports on the {page} ({scheme}, {viewport}):\n" + string.Join('\n', violations));
        Assert.NotEmpty(result.Passes);
    }
}
