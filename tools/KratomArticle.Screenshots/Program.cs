using KratomArticle.Screenshots;
using KratomArticle.Testing;
using Microsoft.Playwright;

// Builds the repository's real content with the real command, opens the built page in Debian's
// Chromium and writes docs/screenshots/*.png. Run: dotnet run --project tools/KratomArticle.Screenshots
if (ChromiumInstall.ExecutablePath is not { } chromium)
{
    Console.Error.WriteLine("No Chromium found: install Debian's chromium package or set CHROMIUM_PATH.");
    return 1;
}

using var site = TestSite.WithRealContent();
var build = CliRun.Start(site.Root, "build");
if (build.ExitCode != 0)
{
    Console.Error.WriteLine(build.Error);
    return 1;
}

var folder = Path.Combine(RepositoryPaths.Root, "docs", "screenshots");
Directory.CreateDirectory(folder);
var pageUrl = new Uri(Path.Combine(site.OutputDirectory, "index.html")).AbsoluteUri;

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = ChromiumInstall.Flags });
foreach (var shot in Screenshot.ForReadme)
{
    await using var context = await browser.NewContextAsync(new()
    {
        ViewportSize = shot.Viewport,
        DeviceScaleFactor = shot.Scale,
        ColorScheme = shot.Scheme,
        ReducedMotion = ReducedMotion.Reduce,
    });
    var page = await context.NewPageAsync();
    await page.GotoAsync(pageUrl + shot.Fragment);
    if (shot.OpenContents)
    {
        await page.Locator(".toc summary").ClickAsync();
        await page.Locator(".toc").ScrollIntoViewIfNeededAsync();
    }

    // Lets the table of contents mark the section in view before the picture is taken.
    await page.WaitForTimeoutAsync(300);
    var path = Path.Combine(folder, shot.Name + ".png");
    await page.ScreenshotAsync(new() { Path = path });
    Console.WriteLine(Path.GetRelativePath(RepositoryPaths.Root, path));
}

return 0;
