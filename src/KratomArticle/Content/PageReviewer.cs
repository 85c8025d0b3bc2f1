namespace KratomArticle.Content;

/// <summary>One item of a page's <c>reviewed-by</c> front matter: a person who reviewed the page.</summary>
/// <param name="Credentials">Degrees or titles written after the name, such as <c>MD, MPH</c>.</param>
/// <param name="Url">A page about the person, when there is one.</param>
internal sealed record PageReviewer(string Name, string? Credentials, Uri? Url)
{
    public static readonly string[] Keys = ["name", "credentials", "url"];

    public static PageReviewer? Read(YamlFields fields)
    {
        var name = fields.RequiredString("name");
        var credentials = fields.OptionalString("credentials");
        var url = fields.OptionalWebUrl("url");
        fields.ReportUnknownKeys(Keys);
        return name is null ? null : new PageReviewer(name, string.IsNullOrEmpty(credentials) ? null : credentials, url);
    }
}
