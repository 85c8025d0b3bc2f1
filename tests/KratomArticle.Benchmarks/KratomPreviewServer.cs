using System.Diagnostics;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary><c>kratom preview</c>, with a live-reload client standing for an open page: after a save it waits for the reload message.</summary>
internal sealed partial class KratomPreviewServer : SiteServer
{
    private LiveReloadClient? _page;

    private KratomPreviewServer(string native, string siteRoot)
        : base(new ProcessStartInfo(native, ["preview", "--root", siteRoot, "--port", "0"]))
    {
    }

    public override string Name => "kratom preview";

    public static async Task<SiteServer> StartAsync(string native, string siteRoot)
    {
        var server = new KratomPreviewServer(native, siteRoot);
        try
        {
            await server.ReadAddressAsync(ServingLine());
            server._page = await LiveReloadClient.ConnectAsync(server.Url);
            await server._page.WaitForAsync("hello", StartTimeout);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public override async Task AfterSaveAsync(TimeSpan timeout) => await _page!.WaitForAsync("reload", timeout);

    public override async ValueTask DisposeAsync()
    {
        if (_page is not null)
        {
            await _page.DisposeAsync();
        }

        await base.DisposeAsync();
    }

    [GeneratedRegex(@"Serving the site at (?<url>\S+)")]
    private static partial Regex ServingLine();
}
