using System.Text.RegularExpressions;

namespace KratomArticle.Content;

/// <summary>One item of a page's <c>references</c> front matter: a source the article draws on.</summary>
/// <param name="Text">The citation as plain text, e.g. authors, title, journal and year.</param>
/// <param name="Url">Where the source can be read, when it is online.</param>
internal sealed partial record PageReference(string Text, Uri? Url)
{
    public static readonly string[] Keys = ["text", "url", "doi", "pmid"];

    /// <summary>The source's Digital Object Identifier, such as <c>10.1000/xyz123</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The source's PubMed identifier, such as <c>31234567</c>.</summary>
    public string? Pmid { get; init; }

    public static PageReference? Read(YamlFields fields)
    {
        var text = fields.RequiredString("text");
        var url = fields.OptionalWebUrl("url");
        var doi = ReadIdentifier(fields, "doi", DoiForm(), "a DOI such as 10.1000/xyz123 ('10.', four or more digits, '/' and the item's own part)");
        var pmid = ReadIdentifier(fields, "pmid", PmidForm(), "a PubMed id, digits only, such as 31234567");
        fields.ReportUnknownKeys(Keys);
        return text is null ? null : new PageReference(text, url) { Doi = doi, Pmid = pmid };
    }

    private static string? ReadIdentifier(YamlFields fields, string key, Regex form, string expected)
    {
        var value = fields.OptionalString(key);
        if (value is null || form.IsMatch(value))
        {
            return value;
        }

        fields.ReportInvalid(key, $"'{key}' must be {expected}, not '{value}'.");
        return null;
    }

    [GeneratedRegex(@"^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$")]
    private static partial Regex DoiForm();

    [GeneratedRegex("^[0-9]{1,9}$")]
    private static partial Regex PmidForm();
}
