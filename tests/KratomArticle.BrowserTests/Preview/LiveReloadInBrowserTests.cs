using System.Net;
using System.Net.Sockets;
using KratomArticle.BrowserTests.Support;
using KratomArticle.Testing;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Preview;

/// <summary>An author writes with the preview open in a browser tab and never touches the browser.</summary>
[Collection(SharedChromium.Name)]
public sealed class LiveReloadInBrowserTests(ChromiumFixture chromium) : IAsyncLifetime
{
    private const string HolisticId = "integrating-kratom-into-a-holistic-approach-for-managing-impulsive-behavior-and-emotional-reactions";

    // Set on the page before a save; a reload clears it.
    private const string NotReloaded = "window.notReloadedYet";

    private static readonly PageWaitForFunctionOptions Generously = new() { Timeout = 15_000 };

    private readonly TestSite _site = TestSite.WithRealContent();
    private TestPreview? _preview;
    private IBrowserContext? _context;

    private TestPreview Preview => _preview!;

    public async ValueTask InitializeAsync() => _preview = await TestPreview.StartAsync(_site, FreePort());

    public async ValueTask DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.DisposeAsync();
        }

        if (_preview is not null)
        {
            await _preview.DisposeAsync();
        }

        _site.Dispose();
    }

    [Fact]
    public async Task A_save_reloads_the_open_page_by_itself_at_the_same_scroll_position_and_the_readers_own_reloads_still_keep_it()
    {
        var page = await OpenAsync();
        await page.EvaluateAsync("id => { document.getElementById(id).scrollIntoView({ behavior: 'instant' }); scrollBy({ top: 150, behavior: 'instant' }); }", HolisticId);
        var before = await page.EvaluateAsync<double>("scrollY");
        await page.EvaluateAsync($"{NotReloaded} = true");

        // A same-length word, so that the page keeps its layout and the position can be compared exactly.
        Edit("03-holistic-approach.md", "promoting a state of calmness", "promoting a state of calmnesz");

        await WaitForReloadAsync(page, "calmnesz");
        Assert.Equal(before, await page.EvaluateAsync<double>("scrollY"), 1.0);
        Assert.True(await IsInViewAsync(page, $".heading:has(> #{HolisticId}) ~ p"), "The reader's paragraph is no longer in view.");

        await page.ReloadAsync();
        await page.WaitForFunctionAsync("y => Math.abs(scrollY - y) <= 1", before, Generously);
    }

    [Fact]
    public async Task A_save_to_a_section_out_of_view_brings_that_section_into_view()
    {
        var page = await OpenAsync();
        await page.EvaluateAsync($"{NotReloaded} = true");

        Edit("04-conclusion.md", "is a promising area of research", "is a hopeful area of research");

        await WaitForReloadAsync(page, "is a hopeful area of research");
        Assert.True(await page.EvaluateAsync<double>("scrollY") > 0);
        Assert.True(await IsInViewAsync(page, "#conclusion"), "The saved section is not in view.");
    }

    [Fact]
    public async Task A_broken_save_shows_the_errors_over_the_last_good_page_and_the_fix_removes_them()
    {
        var page = await OpenAsync();
        await page.EvaluateAsync($"{NotReloaded} = true");
        var good = Edit("02-mechanisms-and-evidence.md", "title: \"", "title: [\"");

        // Written in place, the file is empty for a moment; a rebuild that catches it so shows other errors first.
        var overlay = page.GetByRole(AriaRole.Alert);
        await page.Locator("#kratom-preview-errors li", new() { HasText = "KA0101" }).WaitForAsync(new() { Timeout = 15_000 });
        var errors = await page.Locator("#kratom-preview-errors li").AllInnerTextsAsync();
        var error = Assert.Single(errors);
        Assert.Equal("content/02-mechanisms-and-evidence.md(2,8): error KA0101: The list opened here is never closed with ']'.", error);
        Assert.Equal("The site did not build", await overlay.GetByRole(AriaRole.Heading).InnerTextAsync());
        Assert.True(await page.EvaluateAsync<bool>(NotReloaded), "The page reloaded instead of keeping the last good build.");
        Assert.Contains("has garnered attention", await page.InnerTextAsync("main"));

        File.WriteAllText(Path.Combine(_site.ContentDirectory, "02-mechanisms-and-evidence.md"), good);

        await page.WaitForFunctionAsync($"() => !{NotReloaded} && document.readyState === 'complete'", null, Generously);
        Assert.Equal(0, await page.Locator("#kratom-preview-errors").CountAsync());
    }

    [Fact]
    public async Task The_page_reconnects_by_itself_when_the_preview_restarts_and_shows_what_changed_meanwhile()
    {
        var page = await OpenAsync();
        await page.EvaluateAsync($"{NotReloaded} = true");
        var port = Preview.Url.Port;

        await Preview.DisposeAsync();
        _preview = null;
        Edit("04-conclusion.md", "is a promising area of research", "is a restarted area of research");
        _preview = await TestPreview.StartAsync(_site, port);

        await WaitForReloadAsync(page, "is a restarted area of research");
    }

    private async Task<IPage> OpenAsync()
    {
        var browser = chromium.SkipUnlessAvailable();
        _context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 700 } });
        var page = await _context.NewPageAsync();
        // The server greets a page once it is connected: from then on the page hears of every save.
        var greeted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, _) => greeted.TrySetResult();
        await page.GotoAsync(Preview.Url.AbsoluteUri);
        await greeted.Task.WaitAsync(TimeSpan.FromSeconds(15), TestContext.Current.CancellationToken);
        return page;
    }

    /// <summary>Replaces text in a content file as an editor's save would; returns the text before.</summary>
    private string Edit(string file, string text, string replacement)
    {
        var path = Path.Combine(_site.ContentDirectory, file);
        var before = File.ReadAllText(path);
        Assert.Contains(text, before);
        File.WriteAllText(path, before.Replace(text, replacement, StringComparison.Ordinal));
        return before;
    }

    private static async Task WaitForReloadAsync(IPage page, string newText)
    {
        await page.WaitForFunctionAsync(
            $"text => !{NotReloaded} && document.readyState === 'complete' && document.body.innerText.includes(text)", newText, Generously);
    }

    /// <summary>Whether the first element the CSS selector finds overlaps the viewport.</summary>
    private static Task<bool> IsInViewAsync(IPage page, string selector) =>
        page.EvaluateAsync<bool>(
            "selector => { const box = document.querySelector(selector).getBoundingClientRect(); return box.bottom > 0 && box.top < innerHeight; }",
            selector);

    /// <summary>A port that is free now; the restart test needs to know it in advance to come back on it.</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
