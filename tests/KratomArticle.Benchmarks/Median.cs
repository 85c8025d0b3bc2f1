namespace KratomArticle.Benchmarks;

/// <summary>Repeats a measurement after warm-up runs and keeps the median of each figure.</summary>
internal static class Median
{
    public static (double Milliseconds, long? PeakBytes) Of(int warmUps, int runs, Action prepare, Func<(double, long?)> measure)
    {
        for (var i = 0; i < warmUps; i++)
        {
            prepare();
            measure();
        }

        var times = new List<double>();
        var peaks = new List<long>();
        for (var i = 0; i < runs; i++)
        {
            prepare();
            var (milliseconds, peak) = measure();
            times.Add(milliseconds);
            if (peak is { } bytes)
            {
                peaks.Add(bytes);
            }
        }

        return (Middle(times), peaks.Count == 0 ? null : (long)Middle([.. peaks.Select(p => (double)p)]));
    }

    public static double Middle(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
