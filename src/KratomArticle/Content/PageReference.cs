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
        var url = fields.OptionalWebUrl("url");
        fields.ReportUnknownKeys(Keys);
        return text is null ? null : new PageReference(text, url);
    }
}
