using System.CommandLine;
using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// <c>reload</c>: the preview's save-to-reload latency, from writing a section of the real article (a temporary copy)
/// to the reload message reaching a WebSocket client, as an open page's would.
/// </summary>
internal static class ReloadLatencyBenchmark
{
    private const string SectionFile = "02-mechanisms-and-evidence.md";
    private const string EditedText = "has garnered attention";
    private const int WarmUpEdits = 5;

    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(10);

    // An author does not save faster than this; the pause also keeps one save's events apart from the next's.
    private static readonly TimeSpan PauseBetweenSaves = TimeSpan.FromMilliseconds(100);

    public static Command Create()
    {
        var edits = new Option<int>("--edits") { Description = "How many saves to time [default: 50]", HelpName = "N", DefaultValueFactory = _ => 50 };
        var command = new Command("reload", "Save-to-reload latency of the preview: from a section file's write to the reload message");
        command.Options.Add(edits);
        command.SetAction((result, cancellationToken) => RunAsync(Math.Max(1, result.GetValue(edits)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(int edits, CancellationToken cancellationToken)
    {
        using var site = TestSite.WithRealContent();
        await using var preview = await TestPreview.StartAsync(site);
        await using var page = await preview.ConnectAsync();
        await page.WaitForAsync("hello", ReloadTimeout);

        var path = Path.Combine(site.ContentDirectory, SectionFile);
        var original = await File.ReadAllTextAsync(path, cancellationToken);
        var latencies = new List<double>(edits);
        for (var edit = 1; edit <= WarmUpEdits + edits; edit++)
        {
            var text = original.Replace(EditedText, $"{EditedText} ({edit})", StringComparison.Ordinal);
            await Task.Delay(PauseBetweenSaves, cancellationToken);
            var clock = Stopwatch.StartNew();
            await File.WriteAllTextAsync(path, text, cancellationToken);
            await page.WaitForAsync("reload", ReloadTimeout);
            if (edit > WarmUpEdits)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        Console.WriteLine($"Save-to-reload latency, {edits} saves of {SectionFile} after {WarmUpEdits} warm-up saves, {Environment.ProcessorCount} cores:");
        Console.WriteLine("  " + LatencySummary.Of(latencies));
        return 0;
    }
}
