using System.Diagnostics;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>Saves of every section faster than the preview can rebuild: saves never go back, and the last one wins.</summary>
public sealed partial class BurstOfSavesTests : IAsyncLifetime
{
    private const int Saves = 100;

    private static readonly TimeSpan Burst = TimeSpan.FromSeconds(1);

    // The saves are spread over 0.9 s. On a virtual disk mounted with discard a truncating write took 1-2.5 ms, and 400
    // of them stretched the burst a little past one second on a busy machine; renaming 400 copies over the files, each
    // freeing the file it replaces, took up to 1.3 s with both cores busy. Nothing checked depends on the burst's length:
    // the bound only catches a writer that stalls.
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

    /// <remarks>
    /// Renaming a whole copy over a file is atomic, so every page shows every section whole. It may show sections of two
    /// saves: a writer that pauses between files for longer than the watcher waits for quiet (a busy machine) has, to
    /// any watcher, made two saves, and the page shows the first until the rest arrives.
    /// </remarks>
    [Fact]
    public async Task A_hundred_saves_by_renaming_within_a_second_show_every_section_whole_never_going_back_and_end_on_the_last()
    {
        var samples = await SaveInABurstAsync(_saves.SaveByRenaming);

        Assert.All(samples, reads =>
        {
            Assert.DoesNotContain(null, reads);
            AssertNoSectionGoesBack(reads.OfType<int[]>());
        });
    }

    /// <remarks>
    /// A save in place truncates a file and then writes it, and a pause in between longer than the watcher waits for
    /// quiet lets a rebuild read it part-way; the page may show that until the rest arrives. An empty file is an error,
    /// which must not be shown while saves go on.
    /// </remarks>
    [Fact]
    public async Task A_hundred_saves_in_place_within_a_second_never_go_back_show_no_errors_and_end_on_the_last()
    {
        var samples = await SaveInABurstAsync(_saves.Save);

        Assert.All(samples, reads => AssertNoSectionGoesBack(reads.OfType<int[]>()));
    }

    private static void AssertNoSectionGoesBack(IEnumerable<int[]> reads)
    {
        var shown = reads.ToList();
        foreach (var section in Enumerable.Range(0, shown.FirstOrDefault()?.Length ?? 0))
        {
            var versions = shown.Select(read => read[section]).ToList();
            Assert.Equal(versions.Order(), versions);
        }
    }

    /// <summary>
    /// Makes every save, spread over the burst, while two readers read the page again and again; checks what every burst
    /// must give (it ends on the last save with its build's reload, and shows no errors) and returns the section
    /// versions each reader saw, read after read.
    /// </summary>
    private async Task<List<int[]?>[]> SaveInABurstAsync(Action<int> save)
    {
        var page = await LiveReloadRecorder.ConnectAsync(_preview.Url, Settle);
        using var stopSampling = new CancellationTokenSource();
        var sampling = Task.WhenAll(SampleAsync(stopSampling.Token), SampleAsync(stopSampling.Token));

        var burst = await Task.Factory.StartNew(() => SaveEveryVersion(save), TaskCreationOptions.LongRunning);
        var final = await WaitForVersionAsync(Saves);
        await Task.Delay(TimeSpan.FromMilliseconds(300), TestContext.Current.CancellationToken);
        await stopSampling.CancelAsync();
        var samples = await sampling;
        await page.DisposeAsync();

        var reads = samples.SelectMany(s => s).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Saves} saves in {burst.TotalMilliseconds:0} ms; {reads.Count} page reads, {reads.Count(r => r is null)} with a section part-way, " +
            $"{reads.Count(r => r is not null && r.Distinct().Count() > 1)} mixing saves; {page.Reloads} reloads.");
        Assert.True(burst < LongestBurst, $"The {Saves} saves took {burst.TotalMilliseconds:0} ms.");
        Assert.Equal(Saves, _saves.VersionOf(final));
        Assert.Equal(BuildId().Match(final).Groups[1].Value, page.Messages.Last(m => m.Type == "reload").Build);
        Assert.DoesNotContain(page.Messages, m => m.Type == "errors");
        return samples;
    }

    /// <summary>Makes the saves evenly over the burst and returns how long they took.</summary>
    private static TimeSpan SaveEveryVersion(Action<int> save)
    {
        var clock = Stopwatch.StartNew();
        for (var version = 1; version <= Saves; version++)
        {
            save(version);
            var due = Burst * 0.9 * version / Saves;
            if (due > clock.Elapsed)
            {
                Thread.Sleep(due - clock.Elapsed);
            }
        }

        return clock.Elapsed;
    }

    /// <summary>Reads the page again and again, as a reader reloading would, and returns the section versions each copy showed.</summary>
    private async Task<List<int[]?>> SampleAsync(CancellationToken stop)
    {
        var reads = new List<int[]?>();
        while (!stop.IsCancellationRequested)
        {
            reads.Add(_saves.SectionVersionsOf(await _preview.GetPageAsync()));
        }

        return reads;
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
