using KratomArticle.Testing;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Support;

/// <summary>
/// One headless Chromium for the whole test run: Debian's <c>chromium</c> package (or <c>CHROMIUM_PATH</c>).
/// Without one, <see cref="SkipUnlessAvailable"/> skips the test and says why (in CI it fails: see <see cref="MissingTool"/>).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (ChromiumInstall.ExecutablePath is not { } executable)
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ChromiumInstall.Flags });
    }

    /// <summary>Skips the calling test when no Chromium is installed; otherwise returns the browser.</summary>
    public IBrowser SkipUnlessAvailable()
    {
        MissingTool.SkipOrFailWhen(Browser is null, "No Chromium found at /usr/bin/chromium: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH.");
        return Browser!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
