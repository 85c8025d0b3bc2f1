using System.Globalization;
using System.Text.RegularExpressions;

namespace KratomArticle.Benchmarks;

/// <summary>What one wrk run did, as <c>wrk-load.lua</c> totals it: requests, failures and latency.</summary>
/// <param name="NonSuccess">Responses whose status was not 2xx.</param>
/// <param name="Incomplete">2xx responses whose page did not end with <c>&lt;/html&gt;</c>.</param>
internal sealed partial record WrkSummary(
    long Requests,
    TimeSpan Duration,
    long Bytes,
    long ConnectErrors,
    long ReadErrors,
    long WriteErrors,
    long Timeouts,
    long NonSuccess,
    long Incomplete,
    TimeSpan MeanLatency,
    TimeSpan P50,
    TimeSpan P90,
    TimeSpan P99,
    TimeSpan MaxLatency)
{
    public long SocketErrors => ConnectErrors + ReadErrors + WriteErrors + Timeouts;

    public long Failed => SocketErrors + NonSuccess + Incomplete;

    public double RequestsPerSecond => Requests / Duration.TotalSeconds;

    /// <summary>Reads the <c>kratom-load</c> line from wrk's output, or returns <see langword="null"/> when there is none.</summary>
    public static WrkSummary? Parse(string output)
    {
        var line = SummaryLine().Match(output);
        if (!line.Success)
        {
            return null;
        }

        var values = Field().Matches(line.Value).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        TimeSpan Micro(string key) => TimeSpan.FromMicroseconds(values[key]);
        return new WrkSummary(
            values["requests"], Micro("duration_us"), values["bytes"], values["connect"], values["read"], values["write"], values["timeout"],
            values["non2xx"], values["incomplete"], Micro("mean_us"), Micro("p50_us"), Micro("p90_us"), Micro("p99_us"), Micro("max_us"));
    }

    [GeneratedRegex(@"^kratom-load .*$", RegexOptions.Multiline)]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"(\w+)=(\d+)")]
    private static partial Regex Field();
}
