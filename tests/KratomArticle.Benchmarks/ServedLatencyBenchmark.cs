using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// A server's save-to-served latency: from writing a content file to the edited text being in the HTTP response for its
/// page, over a series of saves after warm-up saves; and the server's memory once they are done.
/// </summary>
/// <param name="contentFolder">The content folder the server serves.</param>
internal sealed class ServedLatencyBenchmark(SiteServer server, string contentFolder)
{
    private const int WarmUpEdits = 5;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // An author does not save faster than this; the pause also keeps one save's events apart from the next's.
    private static readonly TimeSpan PauseBetweenSaves = TimeSpan.FromMilliseconds(100);

    /// <param name="file">The content file to edit, relative to the content folder.</param>
    /// <param name="anchor">Text in the file that each edit puts a numbered marker after.</param>
    /// <param name="page">The URL path of the page the file is part of.</param>
    public async Task<ServedLatency> RunAsync(string file, string anchor, string page, int edits)
    {
        using var http = new HttpClient { BaseAddress = server.Url };
        var path = Path.Combine(contentFolder, file);
        var original = await File.ReadAllTextAsync(path);
        var latencies = new List<double>(edits);
        for (var edit = 1; edit <= WarmUpEdits + edits; edit++)
        {
            var marker = $"(edit marker {edit})";
            await Task.Delay(PauseBetweenSaves);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(path, original.Replace(anchor, $"{anchor} {marker}", StringComparison.Ordinal));
            await server.AfterSaveAsync(Timeout);
            while (!(await http.GetStringAsync(page)).Contains(marker, StringComparison.Ordinal))
            {
                if (clock.Elapsed > Timeout)
                {
                    throw new TimeoutException($"{server.Name}: {page} never showed {marker}.");
                }
            }

            if (edit > WarmUpEdits)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        var memory = server.Memory;
        await File.WriteAllTextAsync(path, original);
        return new ServedLatency(LatencySummary.Of(latencies), memory);
    }
}
