using System.Globalization;

namespace KratomArticle.Testing;

/// <summary>A running process's memory as Linux reports it in <c>/proc/PID/status</c>.</summary>
/// <param name="ResidentBytes">The resident set now (VmRSS).</param>
/// <param name="PeakResidentBytes">The largest resident set so far (VmHWM).</param>
internal readonly record struct ProcessMemory(long ResidentBytes, long PeakResidentBytes)
{
    public static ProcessMemory Of(int processId)
    {
        var fields = File.ReadLines($"/proc/{processId}/status")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0], parts => parts[1].Trim(), StringComparer.Ordinal);
        return new(Kilobytes(fields["VmRSS"]) * 1024, Kilobytes(fields["VmHWM"]) * 1024);
    }

    /// <param name="value">A value such as <c>123456 kB</c>.</param>
    private static long Kilobytes(string value) => long.Parse(value.Split(' ')[0], CultureInfo.InvariantCulture);
}
