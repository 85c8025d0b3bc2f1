namespace KratomArticle.Content;

/// <summary>One item of a page's <c>references</c> front matter: a source the article draws on.</summary>
/// <param name="Text">The citation as plain text, e.g. authors, title, journal and year.</param>
/// <param name="Url">Where the source can be read, when it is online.</param>
public sealed record PageReference(string Text, Uri? Url)
{
    public static readonly string[] Keys = ["text", "url"];

    public static PageReference? Read(YamlFields fields)
    {
        var text = fields.RequiredString("text");
        var urlText = fields.OptionalString("url");
        Uri? url = null;
        if (urlText is not null && !TryParseWebUrl(urlText, out url))
        {
            fields.ReportInvalid("url", $"'url' must be an absolute http or https URL, not '{urlText}'.");
        }

        fields.ReportUnknownKeys(Keys);
        return text is null ? null : new PageReference(text, url);
    }

    private static bool TryParseWebUrl(string text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
