using System.Globalization;

namespace KratomArticle.Content;

/// <summary>Dates as front matter, the command line, the sitemap and the feed write them: <c>YYYY-MM-DD</c>.</summary>
internal static class IsoDate
{
    private const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
