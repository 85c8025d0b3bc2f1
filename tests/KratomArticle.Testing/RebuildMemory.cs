namespace KratomArticle.Testing;

/// <summary>
/// The resident memory of <c>kratom preview</c> (a process of its own, over a copy of the real article) across many
/// rebuilds, each one a save of a section and its reload. It grows in steps over the first several hundred rebuilds, as
/// the garbage collector settles on the size of its heap, then levels off, while a leak would grow with every rebuild; so
/// it counts as flat when, from the end of the warm-up rebuilds (half of them, by default) to the last rebuild, it grows
/// by at most <see cref="FlatGrowth"/>.
/// </summary>
/// <param name="Start">After the first build.</param>
/// <param name="Baseline">After the warm-up rebuilds.</param>
/// <param name="End">After the last rebuild.</param>
/// <param name="FinalVersion">The save the page shows at the end, which must be the last one.</param>
internal sealed record RebuildMemory(long Start, long Baseline, long End, int Reloads, int? FinalVersion)
{
    public const double FlatGrowth = 0.20;

    private const string SectionFile = "02-mechanisms-and-evidence.md";

    private static readonly TimeSpan ReloadTimeout = TimeSpan.FromSeconds(10);

    public double Growth => (End - Baseline) / (double)Baseline;

    public bool IsFlat => Growth <= FlatGrowth;

    /// <param name="progress">Told the resident set size after some of the rebuilds, with their count.</param>
    /// <exception cref="TimeoutException">A save got no reload.</exception>
    public static async Task<RebuildMemory> MeasureAsync(int rebuilds, int warmUp, Action<int, long> progress)
    {
        using var site = TestSite.WithRealContent();
        var saves = VersionedSaves.OfOneSection(site, SectionFile);
        await using var preview = await PreviewProcess.StartAsync(site);
        var page = await LiveReloadRecorder.ConnectAsync(preview.Url, ReloadTimeout);
        var start = preview.ResidentBytes;
        var baseline = start;
        for (var version = 1; version <= rebuilds; version++)
        {
            saves.Save(version);
            try
            {
                await page.NextReloadAsync(ReloadTimeout);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Save {version} of {SectionFile} got no reload within {ReloadTimeout.TotalSeconds:0} s.");
            }

            if (version == warmUp)
            {
                baseline = preview.ResidentBytes;
            }

            if (version == warmUp || version % 100 == 0)
            {
                progress(version, preview.ResidentBytes);
            }
        }

        var end = preview.ResidentBytes;
        var finalVersion = saves.VersionOf(await preview.GetPageAsync());
        await page.DisposeAsync();
        return new RebuildMemory(start, baseline, end, page.Reloads, finalVersion);
    }
}
