using System.Net;
using KratomArticle.Cli;
using KratomArticle.Engine;
using KratomArticle.Preview;
using KratomArticle.Reporting;
using KratomArticle.Themes.Default;

namespace KratomArticle.Testing;

/// <summary>The preview started in-process over a test site, on a free port, with what it printed; stopped on dispose.</summary>
internal sealed class TestPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _syncOut;
    private readonly TextWriter _syncError;

    private TestPreview()
    {
        _syncOut = TextWriter.Synchronized(_out);
        _syncError = TextWriter.Synchronized(_error);
    }

    public PreviewServer Server { get; private set; } = null!;

    public Uri Url => Server.Url;

    /// <summary>A client for the preview that does not follow redirects, so tests see them.</summary>
    public HttpClient Http { get; private set; } = null!;

    public string Out => Read(_syncOut, _out);

    public string Error => Read(_syncError, _error);

    /// <param name="port">0 for a free port, or one the test chose.</param>
    /// <param name="baseUrl">What <c>--base-url</c> gives, if anything.</param>
    public static async Task<TestPreview> StartAsync(TestSite site, int port = 0, Uri? baseUrl = null)
    {
        var preview = new TestPreview();
        var options = new PreviewOptions(new BuildOptions(site.Root, site.ContentDirectory, baseUrl, IncludeDrafts: false, DefaultTheme.Instance), IPAddress.Loopback, port, Verbose: false);
        preview.Server = await PreviewServer.StartAsync(options, new CliConsole(preview._syncOut, preview._syncError, site.Root), preview._stop.Token);
        preview.Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = preview.Url };
        return preview;
    }

    public Task<LiveReloadClient> ConnectAsync() => LiveReloadClient.ConnectAsync(Url);

    public Task<string> GetPageAsync(string path = "/") => Http.GetStringAsync(path);

    /// <summary>Waits until the preview has printed a line that matches, and returns it.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            if ((Out + Error).Split('\n').FirstOrDefault(match) is { } line)
            {
                return line;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    /// <summary>Stops the server as Ctrl+C does and waits until it has stopped.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Server.Stopped;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Http.Dispose();
        _stop.Dispose();
    }

    private static string Read(TextWriter synchronized, StringWriter inner)
    {
        // The synchronized writer locks on itself while writing; reading under the same lock sees whole lines.
        lock (synchronized)
        {
            return inner.ToString();
        }
    }
}
