using System.Diagnostics;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// The preview's save-to-served latency: from writing a content file to the edited text being in the HTTP response for
/// its page, over a series of saves after warm-up saves, with the native executable's <c>preview</c> as an author runs it.
/// </summary>
public sealed partial class ServedLatencyBenchmark(string native, string siteRoot)
{
    private const int WarmUpEdits = 5;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    // An author does not save faster than this; the pause also keeps one save's events apart from the next's.
    private static readonly TimeSpan PauseBetweenSaves = TimeSpan.FromMilliseconds(100);

    /// <param name="file">The content file to edit, relative to the content folder.</param>
    /// <param name="anchor">Text in the file that each edit puts a numbered marker after.</param>
    /// <param name="page">The URL path of the page the file is part of.</param>
    public async Task<LatencySummary> RunAsync(string file, string anchor, string page, int edits)
    {
        using var preview = Process.Start(new ProcessStartInfo(native, ["preview", "--root", siteRoot, "--port", "0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("The preview could not be started.");
        try
        {
            var url = await ReadAddressAsync(preview);
            var drained = Task.WhenAll(preview.StandardOutput.ReadToEndAsync(), preview.StandardError.ReadToEndAsync());
            using var http = new HttpClient { BaseAddress = url };
            await using var socket = await LiveReloadClient.ConnectAsync(url);
            await socket.WaitForAsync("hello", Timeout);

            var path = Path.Combine(siteRoot, "content", file);
            var original = await File.ReadAllTextAsync(path);
            var latencies = new List<double>(edits);
            for (var edit = 1; edit <= WarmUpEdits + edits; edit++)
            {
                var marker = $"(edit marker {edit})";
                await Task.Delay(PauseBetweenSaves);
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(path, original.Replace(anchor, $"{anchor} {marker}", StringComparison.Ordinal));
                await socket.WaitForAsync("reload", Timeout);
                while (!(await http.GetStringAsync(page)).Contains(marker, StringComparison.Ordinal))
                {
                    if (clock.Elapsed > Timeout)
                    {
                        throw new TimeoutException($"{page} never showed {marker}.");
                    }
                }

                if (edit > WarmUpEdits)
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            await File.WriteAllTextAsync(path, original);
            preview.Kill();
            await drained;
            return LatencySummary.Of(latencies);
        }
        finally
        {
            if (!preview.HasExited)
            {
                preview.Kill();
            }

            await preview.WaitForExitAsync();
        }
    }

    private static async Task<Uri> ReadAddressAsync(Process preview)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while (await preview.StandardOutput.ReadLineAsync(deadline.Token) is { } line)
        {
            if (ServingLine().Match(line) is { Success: true } match)
            {
                return new Uri(match.Groups["url"].Value);
            }
        }

        throw new InvalidOperationException("The preview stopped before serving: " + await preview.StandardError.ReadToEndAsync());
    }

    [GeneratedRegex(@"Serving the site at (?<url>\S+)")]
    private static partial Regex ServingLine();
}
