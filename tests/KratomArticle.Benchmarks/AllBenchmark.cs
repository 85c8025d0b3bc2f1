using System.CommandLine;
using System.Globalization;

namespace KratomArticle.Benchmarks;

/// <summary>
/// <c>all</c>: the issue's performance figures in one run, ours beside Hugo's and the floor's, each ratio checked
/// against its target: the start-up of <c>--version</c> and <c>--help</c> beside a NativeAOT hello world, the article's cold build, N synthetic pages for each N (ms per page and peak memory,
/// with Markdig and YamlDotNet alone on the same pages for reference), and the preview's save-to-served latency for the
/// article and for one page of the largest site.
/// </summary>
internal static class AllBenchmark
{
    public static Command Create()
    {
        var pages = new Option<int[]>("--pages") { Description = "The site sizes to build [default: 1000 5000]", HelpName = "N", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [1000, 5000] };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each build, after one warm-up run [default: 5]", HelpName = "N", DefaultValueFactory = _ => 5 };
        var edits = new Option<int>("--edits") { Description = "Timed saves for each preview latency [default: 50]", HelpName = "N", DefaultValueFactory = _ => 50 };
        var native = new Option<string?>("--native") { Description = "The native executable to time [default: KRATOM_NATIVE, else one published now]", HelpName = "PATH" };
        var command = new Command("all", "Build speed, memory and preview latency against Hugo and the floor, with each target checked");
        command.Options.Add(pages);
        command.Options.Add(runs);
        command.Options.Add(edits);
        command.Options.Add(native);
        command.SetAction(result => RunAsync(
            result.GetValue(pages)!, Math.Max(1, result.GetValue(runs)), Math.Max(1, result.GetValue(edits)), NativeExecutable.Find(result.GetValue(native))));
        return command;
    }

    private static async Task<int> RunAsync(int[] sizes, int runs, int edits, string native)
    {
        var scratch = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var root = Path.Combine(scratch, "kratom-benchmark-" + Guid.NewGuid().ToString("N")[..8]);
        var report = new PerformanceReport();
        try
        {
            Console.WriteLine($"{Environment.ProcessorCount} cores, output to {scratch}, {runs} timed runs after 1 warm-up; {(TimedProcess.IsInstalled("hugo") ? "Hugo installed" : "Hugo is not installed: its column is skipped")}.");
            var startup = new StartupBenchmark(native, HelloWorld.Publish(Path.Combine(root, "hello")));
            var libraries = LibrariesAlone.Publish(Path.Combine(root, "libraries"));
            foreach (var command in (string[])["--version", "--help"])
            {
                var (ours, helloWorld) = startup.Time(command);
                report.AddStartup(command, ours, helloWorld);
            }

            var article = new BenchmarkSites(Path.Combine(root, "article"));
            article.WriteArticle();
            var articleBuilds = new BuildSpeedBenchmark(native, article, root, warmUps: 3, runs: Math.Max(runs, 10));
            report.AddArticle(articleBuilds.Ours(), articleBuilds.Hugo(), articleBuilds.Floor());
            await using (var preview = await KratomPreviewServer.StartAsync(native, article.Ours))
            {
                var served = await new ServedLatencyBenchmark(preview, article.OursContent)
                    .RunAsync("02-mechanisms-and-evidence.md", "has garnered attention", "/", edits);
                report.AddLatency("preview, the article", served, hugo: null, p50Target: 10, p95Target: null);
            }

            Directory.Delete(article.Ours, recursive: true);

            foreach (var size in sizes.Order())
            {
                var site = new BenchmarkSites(Path.Combine(root, $"pages-{size}"));
                site.WriteSynthetic(size);
                var builds = new BuildSpeedBenchmark(native, site, root, warmUps: 1, runs: runs);
                var (ours, floor) = (builds.Ours(), builds.Floor());
                report.AddSite(size, ours, builds.Hugo(), floor);
                report.AddLibrariesAlone(size, builds.Libraries(libraries), ours, floor);
                if (size == sizes.Max())
                {
                    var served = await ServedLatencyAsync(KratomPreviewServer.StartAsync(native, site.Ours), site.OursContent, size, edits);
                    var hugo = TimedProcess.IsInstalled("hugo") ? await ServedLatencyAsync(HugoServer.StartAsync(site.Hugo), site.HugoContent, size, edits) : null;
                    report.AddLatency($"preview, 1 page of {size:N0}", served, hugo, p50Target: 20, p95Target: 40);
                    report.AddServerMemory(size, served, hugo);
                }

                Directory.Delete(Path.Combine(root, $"pages-{size}"), recursive: true);
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }

        Console.WriteLine();
        Console.Write(report);
        Console.WriteLine("floor: for start-up, a NativeAOT hello world published with the same SDK; for builds, `cp -r` of the same Markdown.");
        Console.WriteLine("Markdig + YamlDotNet alone: a NativeAOT program with kratom's versions of both that loads each file's front matter and renders its Markdown into a fixed page, with no theme, contents, ids, feed, sitemap or link check; a reference, not a target.");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Missed} of {report.Checked} targets missed."));
        return 0;
    }

    /// <summary>Saves the middle page of a synthetic site of <paramref name="size"/> pages over and over while <paramref name="server"/> serves it.</summary>
    private static async Task<ServedLatency> ServedLatencyAsync(Task<SiteServer> server, string contentFolder, int size, int edits)
    {
        await using var started = await server;
        var page = size / 2;
        return await new ServedLatencyBenchmark(started, contentFolder).RunAsync(SyntheticPages.PathOf(page), "## Summary\n\n", SyntheticPages.UrlOf(page), edits);
    }
}
