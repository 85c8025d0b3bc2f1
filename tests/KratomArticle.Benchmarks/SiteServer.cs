using System.Diagnostics;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// A generator's own server, started over a site as an author starts it, for the save-to-served benchmark: its address,
/// what it does after a save before its pages are read again, and its memory. Killed on dispose.
/// </summary>
internal abstract class SiteServer : IAsyncDisposable
{
    protected static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly Process _process;
    private readonly Task<string> _drainingErrors;

    protected SiteServer(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        _process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} could not be started.");
        _drainingErrors = _process.StandardError.ReadToEndAsync();
    }

    public abstract string Name { get; }

    public Uri Url { get; private set; } = null!;

    public ProcessMemory Memory => ProcessMemory.Of(_process.Id);

    /// <summary>Waits until the server prints the line that gives its address; the rest of its output is drained.</summary>
    protected async Task ReadAddressAsync(Regex addressLine)
    {
        using var deadline = new CancellationTokenSource(StartTimeout);
        while (await _process.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (addressLine.Match(line) is { Success: true } match)
            {
                Url = new UriBuilder(match.Groups["url"].Value) { Host = "127.0.0.1" }.Uri;
                _ = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return;
            }
        }

        throw new InvalidOperationException($"{Name} stopped before serving: {await _drainingErrors}");
    }

    /// <summary>What a page open in a browser waits for after a save before it asks for itself again; nothing by default.</summary>
    public virtual Task AfterSaveAsync(TimeSpan timeout) => Task.CompletedTask;

    public virtual async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        await _drainingErrors;
        _process.Dispose();
        GC.SuppressFinalize(this);
    }
}
