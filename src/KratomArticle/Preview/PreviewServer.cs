using System.Net;
using KratomArticle.Rendering;
using KratomArticle.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KratomArticle.Preview;

/// <summary>
/// The preview: Kestrel serving the last good build from memory, a watcher rebuilding the site on every save, and
/// the live-reload socket telling open pages. Started in-process (the command line and the tests both do), stopped
/// through the token it was started with.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    // Open pages hold WebSockets; their connections end as soon as stopping begins, so nothing needs longer.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromMilliseconds(500);

    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop;
    private RebuildCoordinator? _coordinator;
    private ContentWatcher? _watcher;

    private PreviewServer(WebApplication app, CancellationTokenSource stop)
    {
        _app = app;
        _stop = stop;
    }

    /// <summary>The address the site is served at, e.g. <c>http://localhost:5080/</c>.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Completes once the server has stopped, after the token it was started with is cancelled.</summary>
    public Task Stopped { get; private set; } = Task.CompletedTask;

    /// <summary>What is served: the last good build, and the latest build's errors.</summary>
    public PreviewState State => _coordinator?.State ?? PreviewState.Starting;

    /// <summary>How many batches of saves the preview has handled since it started.</summary>
    public long BatchesHandled => _coordinator?.BatchesHandled ?? 0;

    /// <summary>Whether no save is waiting, being gathered or being built: what is served is the preview's answer to every save it was told of.</summary>
    public bool IsIdle => _watcher is { IsIdle: true } && _coordinator is { IsBuilding: false };

    /// <summary>Whether a build is running now.</summary>
    public bool IsBuilding => _coordinator is { IsBuilding: true };

    /// <summary>Starts listening, builds the site and starts watching it.</summary>
    /// <exception cref="IOException">The port is in use (with an inner <c>AddressInUseException</c>) or cannot be bound.</exception>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, CliConsole console, CancellationToken stopToken)
    {
        // The app's own folder as content root: an appsettings.json in the author's site must not configure the server.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.Address, options.Port));
        var app = builder.Build();
        var server = new PreviewServer(app, CancellationTokenSource.CreateLinkedTokenSource(stopToken));
        try
        {
            await server.StartAsync(options, console);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Stopped;
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private async Task StartAsync(PreviewOptions options, CliConsole console)
    {
        var basePath = options.Build.BaseUrlOverride?.AbsolutePath ?? "/";
        var hub = new LiveReloadHub(() => State.Greeting(), _app.Lifetime.ApplicationStopping);
        var files = new SiteFileEndpoint(() => State, basePath);
        _app.UseWebSockets();
        _app.Use((http, next) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            if (!AllowedHosts.Allows(http.Request.Host))
            {
                http.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(http);
        });
        _app.Run(http => http.Request.Path.Value switch
        {
            LiveReloadScript.SocketPath => hub.AcceptAsync(http),
            _ => files.HandleAsync(http),
        });

        await _app.StartAsync();
        var port = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()).Port;
        Url = new UriBuilder(Uri.UriSchemeHttp, ShownHost(options.Address), port, basePath).Uri;

        // Without --base-url, the pages' absolute links (canonical, sitemap, the 404 page's) point at the preview itself.
        var build = options.Build with { BaseUrlOverride = options.Build.BaseUrlOverride ?? Url };
        _coordinator = new RebuildCoordinator(build, options.Verbose, console, hub, basePath);
        var watcher = _watcher = new ContentWatcher([build.ContentDirectory, ThemeOverlay.Folder(build)], build.Root);
        ThemeHotReload.Updated += watcher.ReportEverythingChanged;
        await _coordinator.BuildFirstAsync();
        Stopped = RunUntilStoppedAsync(_coordinator.RunAsync(watcher, _stop.Token), watcher);
    }

    private async Task RunUntilStoppedAsync(Task rebuilds, ContentWatcher watcher)
    {
        await rebuilds;
        ThemeHotReload.Updated -= watcher.ReportEverythingChanged;
        watcher.Dispose();
        await _app.StopAsync(CancellationToken.None);
    }

    /// <summary>The host name for the address shown to the user: <c>localhost</c> for IPv4 loopback and for every interface.</summary>
    private static string ShownHost(IPAddress address) =>
        address.Equals(IPAddress.Loopback) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? "localhost"
        : address.ToString();
}
