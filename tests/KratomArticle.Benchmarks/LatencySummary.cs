using System.Globalization;

namespace KratomArticle.Benchmarks;

/// <summary>The spread of a set of timings, in milliseconds.</summary>
internal sealed record LatencySummary(int Count, double Min, double P50, double P95, double Max)
{
    public static LatencySummary Of(IReadOnlyCollection<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new(sorted.Length, sorted[0], Percentile(sorted, 50), Percentile(sorted, 95), sorted[^1]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"p50 {P50:0.0} ms, p95 {P95:0.0} ms (min {Min:0.0} ms, max {Max:0.0} ms, n = {Count})");

    /// <summary>The nearest-rank percentile: the smallest timing that at least <paramref name="percent"/>% of the timings do not exceed.</summary>
    private static double Percentile(double[] sorted, int percent) =>
        sorted[Math.Max(0, (int)Math.Ceiling(percent / 100.0 * sorted.Length) - 1)];
}
