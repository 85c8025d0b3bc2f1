using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Support;

/// <summary>Opens a page of a built site in a new browser context with the given options; disposing closes the context.</summary>
public sealed class SitePage : IAsyncDisposable
{
    private SitePage(IBrowserContext context, IPage page)
    {
        Context = context;
        Page = page;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public static async Task<SitePage> OpenAsync(IBrowser browser, string siteDirectory, BrowserNewContextOptions options, string path = "/", string basePath = "/")
    {
        options.ReducedMotion ??= ReducedMotion.Reduce;
        var context = await browser.NewContextAsync(options);
        await StaticSiteHost.ServeAsync(context, siteDirectory, basePath);
        var page = await context.NewPageAsync();
        await page.GotoAsync(StaticSiteHost.Origin + path);
        return new SitePage(context, page);
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
