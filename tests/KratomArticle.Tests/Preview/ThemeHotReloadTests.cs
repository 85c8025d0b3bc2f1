using KratomArticle.Preview;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>Under <c>dotnet watch</c>, the theme's Razor components are updated in the running preview.</summary>
[Collection(RunsAlone.Name)]
public sealed class ThemeHotReloadTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_hot_reload_of_the_theme_re_renders_every_page()
    {
        _site.Write("about.md", "---\ntitle: About\ndescription: Who writes this.\n---\nThe editorial team.\n");
        await using var preview = await TestPreview.StartAsync(_site);

        ThemeHotReload.UpdateApplication(null);

        var line = await preview.WaitForOutputAsync(l => l.Contains(" changed: ", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        Assert.Matches(@"^The theme's code or many files changed: 2 pages re-rendered in \d+ ms; the site is unchanged\.$", line);
    }
}
