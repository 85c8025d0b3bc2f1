namespace KratomArticle.Content;

/// <summary>The settings in <c>content/site.yml</c>.</summary>
/// <param name="BaseUrl">The absolute URL the site is published at, always ending in <c>/</c>; <see langword="null"/> when not set.</param>
public sealed record SiteSettings(string Title, string Description, Uri? BaseUrl, string Language, string? Author)
{
    public static readonly string[] Keys = ["title", "description", "base-url", "language", "author", ShareImageSetting.ImageKey, ShareImageSetting.AltKey];

    /// <summary>The picture a shared link to a page shows when the page names none.</summary>
    public ShareImageSetting? Image { get; init; }

    public static SiteSettings? Read(YamlFields fields)
    {
        var title = fields.RequiredString("title");
        var description = fields.OptionalString("description") ?? "";
        var baseUrl = ParseBaseUrl(fields);
        var language = fields.OptionalString("language") ?? "en";
        var author = fields.OptionalString("author");
        var image = ShareImageSetting.Read(fields);
        fields.ReportUnknownKeys(Keys);
        return title is null ? null : new SiteSettings(title, description, baseUrl, language, author) { Image = image };
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
