using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// <c>load</c>: the preview (<c>kratom preview</c>, a process of its own) under wrk's load on the article, while an author
/// saves a section again and again. Fails on any failed request, any save without its reload, or a reload of the wrong page.
/// </summary>
internal static class LoadBenchmark
{
    private const string SectionFile = "02-mechanisms-and-evidence.md";

    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(10);

    public static Command Create()
    {
        var connections = new Option<int>("--connections") { Description = "Open connections [default: 64]", HelpName = "N", DefaultValueFactory = _ => 64 };
        var seconds = new Option<int>("--seconds") { Description = "How long the load lasts [default: 30]", HelpName = "S", DefaultValueFactory = _ => 30 };
        var saves = new Option<int>("--saves") { Description = "Saves during the load [default: 20]", HelpName = "N", DefaultValueFactory = _ => 20 };
        var command = new Command("load", "The preview under load: wrk on the article from 127.0.0.1 while a section is saved again and again");
        command.Options.Add(connections);
        command.Options.Add(seconds);
        command.Options.Add(saves);
        command.SetAction((result, _) => RunAsync(
            Math.Max(1, result.GetValue(connections)), TimeSpan.FromSeconds(Math.Max(2, result.GetValue(seconds))), Math.Max(1, result.GetValue(saves))));
        return command;
    }

    private static async Task<int> RunAsync(int connections, TimeSpan duration, int saveCount)
    {
        using var site = TestSite.WithRealContent();
        var saves = VersionedSaves.OfOneSection(site, SectionFile);
        await using var preview = await PreviewProcess.StartAsync(site);
        var page = await LiveReloadRecorder.ConnectAsync(preview.Url, ReloadTimeout);
        for (var warmUp = 0; warmUp < 50; warmUp++)
        {
            await preview.GetPageAsync();
        }

        var residentBefore = preview.ResidentBytes;
        var load = Wrk.RunAsync(preview.Url, connections, duration);
        var clock = Stopwatch.StartNew();
        var latencies = new List<double>();
        var problems = new List<string>();
        for (var version = 1; version <= saveCount; version++)
        {
            var due = duration * version / (saveCount + 1);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            if (clock.Elapsed >= duration)
            {
                problems.Add($"save {version} came after the load had ended");
            }

            var saved = Stopwatch.StartNew();
            saves.Save(version);
            try
            {
                await page.NextReloadAsync(ReloadTimeout);
                latencies.Add(saved.Elapsed.TotalMilliseconds);
                if (saves.VersionOf(await preview.GetPageAsync()) != version)
                {
                    problems.Add($"after save {version}'s reload the page did not show it");
                }
            }
            catch (OperationCanceledException)
            {
                problems.Add($"save {version} got no reload within {ReloadTimeout.TotalSeconds:0} s");
            }
        }

        var (wrk, output) = await load;
        var residentAfter = preview.ResidentBytes;
        await page.DisposeAsync();
        var reloads = page.Reloads;
        if (wrk.Failed > 0)
        {
            problems.Add($"{wrk.Failed} requests failed");
        }

        if (wrk.Requests == 0)
        {
            problems.Add("no request was answered");
        }

        if (reloads != saveCount)
        {
            problems.Add($"{reloads} reload messages for {saveCount} saves");
        }

        if (page.Messages.Any(m => m.Type == "errors"))
        {
            problems.Add("the page was sent build errors");
        }

        Console.WriteLine(output.TrimEnd());
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            Preview under load: {connections} connections for {duration.TotalSeconds:0} s on {preview.Url} (wrk), {saveCount} saves of {SectionFile}, {Environment.ProcessorCount} cores
              requests  {wrk.Requests} ({wrk.RequestsPerSecond:0} per second), {wrk.Bytes / 1e6:0} MB
              errors    {wrk.SocketErrors} socket errors (connect {wrk.ConnectErrors}, read {wrk.ReadErrors}, write {wrk.WriteErrors}, timeout {wrk.Timeouts}), {wrk.NonSuccess} not 2xx, {wrk.Incomplete} pages cut short
              latency   p50 {wrk.P50.TotalMilliseconds:0.0} ms, p90 {wrk.P90.TotalMilliseconds:0.0} ms, p99 {wrk.P99.TotalMilliseconds:0.0} ms, max {wrk.MaxLatency.TotalMilliseconds:0.0} ms
              reloads   {reloads} reload messages for {saveCount} saves{(latencies.Count > 0 ? "; save to reload " + LatencySummary.Of(latencies) : "")}
              memory    RSS {Megabytes.Of(residentBefore)} before the load, {Megabytes.Of(residentAfter)} after it
            """));
        Console.WriteLine(problems.Count == 0 ? "PASS" : "FAIL: " + string.Join("; ", problems));
        return problems.Count == 0 ? 0 : 1;
    }
}
