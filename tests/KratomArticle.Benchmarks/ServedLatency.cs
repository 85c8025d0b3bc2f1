using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>What the save-to-served benchmark measured of one server: the latency of its saves, and its memory after them.</summary>
internal sealed record ServedLatency(LatencySummary Latency, ProcessMemory Memory);
