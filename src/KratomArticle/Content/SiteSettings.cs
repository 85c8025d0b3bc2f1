using System.Globalization;

namespace KratomArticle.Content;

/// <summary>The settings in <c>content/site.yml</c>.</summary>
/// <param name="BaseUrl">The absolute URL the site is published at, always ending in <c>/</c>; <see langword="null"/> when not set.</param>
internal sealed record SiteSettings(string Title, string Description, Uri? BaseUrl, string Language, string? Author)
{
    public static readonly string[] Keys = ["title", "description", "base-url", "language", "author", ShareImageSetting.ImageKey, ShareImageSetting.AltKey, "review-every", "reading-grade"];

    /// <summary>The picture a shared link to a page shows when the page names none.</summary>
    public ShareImageSetting? Image { get; init; }

    /// <summary>How long a page may go between reviews; <see langword="null"/> when pages have no review cycle.</summary>
    public ReviewInterval? ReviewEvery { get; init; }

    /// <summary>The Flesch–Kincaid grade level a page should read at or below; <see langword="null"/> when not set.</summary>
    public double? ReadingGrade { get; init; }

    public static SiteSettings? Read(YamlFields fields)
    {
        var title = fields.RequiredString("title");
        var description = fields.OptionalString("description") ?? "";
        var baseUrl = ParseBaseUrl(fields);
        var language = fields.OptionalString("language") ?? "en";
        var author = fields.OptionalString("author");
        var image = ShareImageSetting.Read(fields);
        var reviewEvery = ParseReviewInterval(fields);
        var readingGrade = ParseReadingGrade(fields);
        fields.ReportUnknownKeys(Keys);
        return title is null ? null : new SiteSettings(title, description, baseUrl, language, author) { Image = image, ReviewEvery = reviewEvery, ReadingGrade = readingGrade };
    }

    /// <summary>Parses an absolute http(s) URL and makes it end in <c>/</c>, so page paths can be appended.</summary>
    public static Uri? NormalizeBaseUrl(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        return uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.GetLeftPart(UriPartial.Path) + "/");
    }

    private static double? ParseReadingGrade(YamlFields fields)
    {
        var text = fields.OptionalString("reading-grade");
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var grade) && grade is > 0 and <= 30)
        {
            return grade;
        }

        fields.ReportInvalid("reading-grade", $"'reading-grade' must be a school grade between 1 and 30, such as 8, not '{text}'.");
        return null;
    }

    private static ReviewInterval? ParseReviewInterval(YamlFields fields)
    {
        var text = fields.OptionalString("review-every");
        var interval = text is null ? null : ReviewInterval.Parse(text);
        if (text is not null && interval is null)
        {
            fields.ReportInvalid("review-every", $"'review-every' must be written as 'N months' or 'N years' (such as '12 months'), not '{text}'.");
        }

        return interval;
    }

    private static Uri? ParseBaseUrl(YamlFields fields)
    {
        var text = fields.OptionalString("base-url");
        var url = NormalizeBaseUrl(text);
        if (text is not null && url is null)
        {
            fields.ReportInvalid("base-url", $"'base-url' must be an absolute http or https URL, not '{text}'.");
        }

        return url;
    }
}
