using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace KratomArticle.Benchmarks;

/// <summary>
/// Runs wrk, the HTTP load generator (Debian's <c>wrk</c> package), against the loopback interface only, for a fixed
/// time, and reads its totals. wrk stops by itself; a run that does not is killed.
/// </summary>
internal static class Wrk
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(30);

    private static string Script => Path.Combine(AppContext.BaseDirectory, "wrk-load.lua");

    /// <returns>The totals, and everything wrk printed.</returns>
    public static async Task<(WrkSummary Summary, string Output)> RunAsync(Uri url, int connections, TimeSpan duration)
    {
        if (!IPAddress.TryParse(url.Host, out var address) || !IPAddress.IsLoopback(address))
        {
            throw new ArgumentException($"Load is only ever sent to this computer's loopback interface, not to {url.Host}.", nameof(url));
        }

        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--threads", Math.Min(connections, Environment.ProcessorCount).ToString(CultureInfo.InvariantCulture),
            "--connections", connections.ToString(CultureInfo.InvariantCulture),
            "--duration", $"{(int)duration.TotalSeconds}s",
            "--timeout", "2s",
            "--latency",
            "--script", Script,
            url.AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var wrk = StartOrExplain(start);
        var output = wrk.StandardOutput.ReadToEndAsync();
        var error = wrk.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(duration + Grace);
        try
        {
            await wrk.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            wrk.Kill();
            throw new TimeoutException($"wrk did not stop within {(duration + Grace).TotalSeconds:0} s and was killed.");
        }

        var printed = await output + await error;
        return (WrkSummary.Parse(printed) ?? throw new InvalidOperationException($"wrk printed no totals (exit code {wrk.ExitCode}):\n{printed}"), printed);
    }

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("wrk could not be started.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("wrk is not installed; on Debian or Ubuntu: apt-get install -y wrk", e);
        }
    }
}
