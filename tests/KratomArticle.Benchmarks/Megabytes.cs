using System.Globalization;

namespace KratomArticle.Benchmarks;

internal static class Megabytes
{
    public static string Of(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB");
}
