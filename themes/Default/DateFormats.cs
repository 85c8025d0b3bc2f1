using System.Globalization;

namespace KratomArticle.Themes.Default;

/// <summary>How the theme writes dates: ISO 8601 for machines, day month year for readers.</summary>
public static class DateFormats
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Readable(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
