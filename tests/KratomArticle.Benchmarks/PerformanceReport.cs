using System.Globalization;
using System.Text;

namespace KratomArticle.Benchmarks;

/// <summary>The figures of one <c>all</c> run as a Markdown table, each with its ratio to Hugo's and to the floor, and its target checked.</summary>
internal sealed class PerformanceReport
{
    private const double StartupTarget = 1.5;
    private const double ArticleHugoTarget = 0.25;
    private const double PagesHugoTarget = 0.3;
    private const double PagesFloorTarget = 8;
    private const int MemoryCheckedFrom = 5000;
    private const double HugoMemoryTarget = 0.1;
    private const double LinearityTarget = 1.1;
    private const long ServerMemoryTarget = 250L * 1048576;

    private readonly List<string[]> _rows = [];
    private readonly SortedDictionary<int, double> _msPerPage = [];

    public int Checked { get; private set; }

    public int Missed { get; private set; }

    /// <summary>A command's start-up beside the start-up floor, a NativeAOT hello world timed in the same run.</summary>
    public void AddStartup(string command, double ours, double helloWorld)
    {
        var ratio = ours / helloWorld;
        _rows.Add([$"start-up, `kratom {command}`", Ms(ours), "", "", Ms(helloWorld), Ratio(ratio), $"≤ {StartupTarget:0.0}× floor", Verdict(ratio <= StartupTarget)]);
    }

    public void AddArticle(BuildTimes ours, BuildTimes? hugo, BuildTimes floor) =>
        AddSpeed("article, cold build", Ms(ours.Milliseconds), ours.Milliseconds, hugo?.Milliseconds, floor.Milliseconds, h => Ms(h), ArticleHugoTarget, floorTarget: null);

    public void AddSite(int pages, BuildTimes ours, BuildTimes? hugo, BuildTimes floor)
    {
        var perPage = ours.Milliseconds / pages;
        _msPerPage[pages] = perPage;
        AddSpeed($"{pages:N0} pages, ms/page", PerPage(perPage), perPage, hugo?.Milliseconds / pages, floor.Milliseconds / pages, PerPage, PagesHugoTarget, PagesFloorTarget);
        var memoryTarget = pages >= MemoryCheckedFrom ? HugoMemoryTarget : (double?)null;
        var memoryRatio = ours.PeakBytes / (double?)hugo?.PeakBytes;
        _rows.Add([$"{pages:N0} pages, peak RSS", Mb(ours.PeakBytes), Mb(hugo?.PeakBytes), Ratio(memoryRatio), "", "",
            memoryTarget is { } m ? $"≤ {m:0.##}× Hugo" : "", Verdict(memoryTarget is null ? null : memoryRatio <= memoryTarget)]);
        if (_msPerPage.Count > 1)
        {
            var (smallest, largest) = (_msPerPage.First(), _msPerPage.Last());
            var growth = largest.Value / smallest.Value;
            _rows.Add([$"ms/page, {largest.Key:N0} vs {smallest.Key:N0} pages", Ratio(growth), "", "", "", "", $"≤ {LinearityTarget:0.0}×", Verdict(growth <= LinearityTarget)]);
        }
    }

    /// <summary>
    /// What Markdig and YamlDotNet take by themselves on the same pages (<see cref="LibrariesAlone"/>), beside the floor
    /// and beside ours: a reference for how much of the build is theirs, with no target of its own.
    /// </summary>
    public void AddLibrariesAlone(int pages, BuildTimes libraries, BuildTimes ours, BuildTimes floor) =>
        _rows.Add([$"{pages:N0} pages, Markdig + YamlDotNet alone, ms/page", PerPage(libraries.Milliseconds / pages), "", "", PerPage(floor.Milliseconds / pages),
            Ratio(libraries.Milliseconds / floor.Milliseconds), Inv($"reference; ours is {ours.Milliseconds / libraries.Milliseconds:0.00}× it"), ""]);

    /// <param name="hugo">Hugo's server on the same pages, or <see langword="null"/> when there is none to compare with; the ratio is of the p50s.</param>
    public void AddLatency(string what, ServedLatency ours, ServedLatency? hugo, double p50Target, double? p95Target)
    {
        var (latency, other) = (ours.Latency, hugo?.Latency);
        var met = latency.P50 <= p50Target && (p95Target is not { } p95 || latency.P95 <= p95);
        var target = $"p50 ≤ {p50Target:0} ms" + (p95Target is { } t ? $", p95 ≤ {t:0} ms" : "");
        _rows.Add([$"{what}, save to served", Percentiles(latency), other is null ? "" : Percentiles(other), Ratio(latency.P50 / other?.P50), "", "", target, Verdict(met)]);
    }

    /// <summary>The servers' resident memory after the saves on the site of <paramref name="pages"/> pages, checked against <see cref="ServerMemoryTarget"/>.</summary>
    public void AddServerMemory(int pages, ServedLatency ours, ServedLatency? hugo)
    {
        var resident = ours.Memory.ResidentBytes;
        _rows.Add([$"preview, {pages:N0} pages, resident memory", Mb(resident), Mb(hugo?.Memory.ResidentBytes), Ratio(resident / (double?)hugo?.Memory.ResidentBytes), "", "",
            $"≤ {ServerMemoryTarget / 1048576} MB", Verdict(resident <= ServerMemoryTarget)]);
    }

    public override string ToString()
    {
        var table = new StringBuilder();
        table.Append("| measure | ours | Hugo | ours/Hugo | floor | ours/floor | target | met |\n");
        table.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var row in _rows)
        {
            table.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        return table.ToString();
    }

    private void AddSpeed(string what, string shown, double ours, double? hugo, double floor, Func<double, string> format, double hugoTarget, double? floorTarget)
    {
        var ratio = ours / hugo;
        var floorRatio = ours / floor;
        var target = $"≤ {hugoTarget:0.0#}× Hugo" + (floorTarget is { } f ? $", ≤ {f:0}× floor" : "");
        var hugoMet = Verdict(hugo is null ? null : ratio <= hugoTarget);
        var verdict = floorTarget is { } limit ? $"Hugo: {hugoMet}, floor: {Verdict(floorRatio <= limit)}" : hugoMet;
        _rows.Add([what, shown, hugo is { } h ? format(h) : "n/a", Ratio(ratio), format(floor), Ratio(floorRatio), target, verdict]);
    }

    /// <summary>"yes", "**no**" or "not checked"; each checked target is counted.</summary>
    private string Verdict(bool? met)
    {
        if (met is null)
        {
            return "not checked";
        }

        Checked++;
        Missed += met.Value ? 0 : 1;
        return met.Value ? "yes" : "**no**";
    }

    private static string Percentiles(LatencySummary latency) => Inv($"p50 {latency.P50:0.0} ms, p95 {latency.P95:0.0} ms");

    private static string Ms(double milliseconds) => Inv($"{milliseconds:0.0} ms");

    private static string PerPage(double milliseconds) => Inv($"{milliseconds:0.000}");

    private static string Mb(long? bytes) => bytes is { } b ? Inv($"{b / 1048576.0:0} MB") : "n/a";

    private static string Ratio(double? ratio) => ratio is { } r ? Inv($"{r:0.00}×") : "";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
