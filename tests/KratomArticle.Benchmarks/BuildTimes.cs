namespace KratomArticle.Benchmarks;

/// <summary>The median wall time and peak memory of one generator building one site, fresh process each run.</summary>
internal sealed record BuildTimes(double Milliseconds, long? PeakBytes);
