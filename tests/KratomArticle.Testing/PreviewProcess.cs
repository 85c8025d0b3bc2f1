using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KratomArticle.Testing;

/// <summary>
/// <c>kratom preview</c> as a process of its own over a test site, on a free port of 127.0.0.1, as an author runs it
/// beside an editor: what the test does (saves, requests, garbage collections) never pauses the preview. Killed on dispose.
/// </summary>
internal sealed partial class PreviewProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _served = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly StringBuilder _errors = new();
    private readonly Task _draining;
    private int _rebuilds;

    private PreviewProcess(Process process)
    {
        _process = process;
        _draining = Task.WhenAll(DrainOutputAsync(), DrainErrorsAsync());
    }

    /// <summary>The site's address, by IP, so that nothing is sent anywhere but the loopback interface.</summary>
    public Uri Url { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>How many rebuilds the preview has logged, good or failed.</summary>
    public int Rebuilds => Volatile.Read(ref _rebuilds);

    /// <summary>What the preview has printed on its error output.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <summary>The preview's resident set size (VmRSS), in bytes.</summary>
    public long ResidentBytes => ProcessMemory.Of(_process.Id).ResidentBytes;

    public static async Task<PreviewProcess> StartAsync(TestSite site)
    {
        var preview = new PreviewProcess(KratomProcess.Start(site.Root, null, "preview", "--port", "0"));
        try
        {
            preview.Url = await preview._served.Task.WaitAsync(StartTimeout);
            preview.Http = new HttpClient { BaseAddress = preview.Url };
            return preview;
        }
        catch
        {
            await preview.DisposeAsync();
            throw;
        }
    }

    public Task<LiveReloadClient> ConnectAsync() => LiveReloadClient.ConnectAsync(Url);

    public Task<string> GetPageAsync(string path = "/") => Http.GetStringAsync(path);

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        await _draining;
        _process.Dispose();
    }

    /// <summary>Reads what the preview prints as it prints it, so that it never blocks on a full pipe.</summary>
    private async Task DrainOutputAsync()
    {
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Serving().Match(line) is { Success: true } serving)
            {
                _served.TrySetResult(new UriBuilder(serving.Groups[1].Value) { Host = "127.0.0.1" }.Uri);
            }
            else if (line.Contains(" changed: ", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _rebuilds);
            }
        }

        _served.TrySetException(new InvalidOperationException($"The preview stopped before serving the site: {Errors}"));
    }

    private async Task DrainErrorsAsync()
    {
        while (await _process.StandardError.ReadLineAsync() is { } line)
        {
            lock (_errors)
            {
                _errors.AppendLine(line);
            }
        }
    }

    [GeneratedRegex(@"^Serving the site at (\S+) - ")]
    private static partial Regex Serving();
}
