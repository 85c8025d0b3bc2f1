using System.Text;
using KratomArticle.BrowserTests.Support;
using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Reading;

/// <summary>A table of contents taller than the window scrolls inside the sidebar to keep the marked entry in view.</summary>
[Collection(SharedChromium.Name)]
public sealed class LongTableOfContentsTests(ChromiumFixture chromium, LongTableOfContentsTests.ManySections site) : IClassFixture<LongTableOfContentsTests.ManySections>
{
    private const int SectionCount = 30;

    [Fact]
    public async Task The_marked_entry_is_scrolled_into_the_sidebar_and_the_page_stays_put()
    {
        await using var opened = await SitePage.OpenAsync(chromium.SkipUnlessAvailable(), site.OutputDirectory, new() { ViewportSize = new() { Width = 1280, Height = 600 } });
        var page = opened.Page;
        Assert.True(await page.EvaluateAsync<bool>("() => { const toc = document.querySelector('.toc'); return toc.scrollHeight > toc.clientHeight; }"));

        foreach (var section in new[] { 25, 12, 29, 1 })
        {
            await page.EvaluateAsync("id => document.getElementById(id).scrollIntoView({ block: 'start' })", $"section-{section}");
            var scrollY = await page.EvaluateAsync<double>("scrollY");
            await page.WaitForFunctionAsync(
                """
                href => {
                    const entry = document.querySelector('.toc a[aria-current]');
                    if (entry?.getAttribute('href') !== href) return false;
                    const toc = document.querySelector('.toc').getBoundingClientRect();
                    const r = entry.getBoundingClientRect();
                    return r.top >= toc.top && r.bottom <= toc.bottom;
                }
                """,
                $"#section-{section}");
            Assert.Equal(scrollY, await page.EvaluateAsync<double>("scrollY"));
        }
    }

    public sealed class ManySections() : BuiltSite(Create())
    {
        private static TestSite Create()
        {
            var site = TestSite.Empty();
            site.Write("index.md", "---\ntitle: A long page\ndescription: Many sections.\n---\nLead.\n");
            for (var i = 1; i <= SectionCount; i++)
            {
                var body = new StringBuilder();
                for (var p = 0; p < 6; p++)
                {
                    body.Append("A paragraph long enough to fill a few lines of the reading column, so each section is taller than the window. ").Append('\n').Append('\n');
                }

                site.Write($"{i:00}-section.md", $"---\ntitle: Section {i}\n---\n{body}");
            }

            return site;
        }
    }
}
