using System.Diagnostics;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>Saves faster than the preview can rebuild: every page it serves comes from one whole save, and the last save wins.</summary>
public sealed partial class BurstOfSavesTests : IAsyncLifetime
{
    private const int Saves = 100;

    private static readonly TimeSpan Burst = TimeSpan.FromSeconds(1);

    // The saves are spread over 0.9 s. On a virtual disk mounted with discard a truncating write took 1-2.5 ms, and 400
    // of them stretched the burst a little past one second on a busy machine; nothing checked depends on that.
    private static readonly TimeSpan LongestBurst = 2 * Burst;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    private readonly TestSite _site = TestSite.WithRealContent();
    private readonly VersionedSaves _saves;
    private PreviewProcess _preview = null!;

    public BurstOfSavesTests() => _saves = VersionedSaves.OfEverySection(_site);

    public async ValueTask InitializeAsync() => _preview = await PreviewProcess.StartAsync(_site);

    public async ValueTask DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_hundred_saves_within_a_second_serve_only_whole_saves_never_going_back_and_end_on_the_last()
    {
        var page = await LiveReloadRecorder.ConnectAsync(_preview.Url, Settle);
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.WhenAll(SampleAsync(stopSampling.Token), SampleAsync(stopSampling.Token));

        var burst = await Task.Factory.StartNew(SaveEveryVersion, TaskCreationOptions.LongRunning);
        var final = await WaitForVersionAsync(Saves);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        await stopSampling.CancelAsync();
        var samples = await sampling;
        await page.DisposeAsync();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Saves} saves in {burst.TotalMilliseconds:0} ms; {samples.Sum(s => s.Count)} page reads, showing saves {string.Join(", ", samples.SelectMany(s => s).Distinct().Order())}; {page.Reloads} reloads.");
        Assert.True(burst < LongestBurst, $"The {Saves} saves took {burst.TotalMilliseconds:0} ms.");
        Assert.All(samples, versions =>
        {
            Assert.DoesNotContain(null, versions);
            Assert.Equal(versions.Order(), versions);
        });
        Assert.Equal(Saves, _saves.VersionOf(final));
        Assert.Equal(BuildId().Match(final).Groups[1].Value, page.Messages.Last(m => m.Type == "reload").Build);
        Assert.DoesNotContain(page.Messages, m => m.Type == "errors");
    }

    /// <summary>Writes the saves evenly over the burst, each one to every section file at once, and returns how long they took.</summary>
    private TimeSpan SaveEveryVersion()
    {
        var clock = Stopwatch.StartNew();
        for (var version = 1; version <= Saves; version++)
        {
            _saves.Save(version);
            var due = Burst * 0.9 * version / Saves;
            if (due > clock.Elapsed)
            {
                Thread.Sleep(due - clock.Elapsed);
            }
        }

        return clock.Elapsed;
    }

    /// <summary>Reads the page again and again, as a reader reloading would, and returns the version each copy showed.</summary>
    private async Task<List<int?>> SampleAsync(CancellationToken stop)
    {
        var versions = new List<int?>();
        while (!stop.IsCancellationRequested)
        {
            versions.Add(_saves.VersionOf(await _preview.GetPageAsync()));
        }

        return versions;
    }

    private async Task<string> WaitForVersionAsync(int version)
    {
        using var deadline = new CancellationTokenSource(Settle);
        while (true)
        {
            var html = await _preview.GetPageAsync();
            if (_saves.VersionOf(html) == version)
            {
                return html;
            }

            await Task.Delay(20, deadline.Token);
        }
    }

    [GeneratedRegex("data-build=\"([^\"]+)\"")]
    private static partial Regex BuildId();
}
