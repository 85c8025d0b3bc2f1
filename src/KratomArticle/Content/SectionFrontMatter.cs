namespace KratomArticle.Content;

/// <summary>The front matter of a numbered section file.</summary>
/// <param name="Id">The section heading's id; the slug of the title when not given.</param>
/// <param name="TocTitle">A shorter label for the table of contents.</param>
internal sealed record SectionFrontMatter(string Title, string? Id, string? TocTitle, bool Draft)
{
    public static readonly string[] Keys = ["title", "id", "toc-title", "draft"];

    public static SectionFrontMatter? Read(YamlFields fields)
    {
        var title = fields.RequiredString("title");
        var section = new SectionFrontMatter(title ?? "", fields.OptionalString("id"), fields.OptionalString("toc-title"), fields.OptionalBool("draft"));
        fields.ReportUnknownKeys(Keys);
        return title is null ? null : section;
    }
}
