using System.Collections.Immutable;

namespace KratomArticle.Content;

/// <summary>The front matter of a page (<c>index.md</c> or a stand-alone <c>.md</c>).</summary>
/// <param name="Disclaimer">Markdown shown as a marked callout before the first section.</param>
public sealed record PageFrontMatter(
    string Title,
    string Description,
    string? Author,
    DateOnly? Published,
    DateOnly? Updated,
    DateOnly? Reviewed,
    string? Disclaimer,
    bool Draft)
{
    public static readonly string[] Keys = ["title", "description", "author", "published", "updated", "reviewed", "disclaimer", "references", "reviewed-by", "draft"];

    /// <summary>The sources listed in the front matter, shown after the footnotes in the page's References.</summary>
    public ImmutableArray<PageReference> References { get; init; } = [];

    /// <summary>The people who reviewed the page; empty when no person has.</summary>
    public ImmutableArray<PageReviewer> ReviewedBy { get; init; } = [];

    /// <summary>The latest of the page's dates: when it was updated, else reviewed, else published.</summary>
    public DateOnly? LastModified => Updated ?? Reviewed ?? Published;

    public static PageFrontMatter? Read(YamlFields fields)
    {
        var title = fields.RequiredString("title");
        var description = fields.RequiredString("description");
        var page = new PageFrontMatter(
            title ?? "",
            description ?? "",
            fields.OptionalString("author"),
            fields.OptionalDate("published"),
            fields.OptionalDate("updated"),
            fields.OptionalDate("reviewed"),
            fields.OptionalString("disclaimer"),
            fields.OptionalBool("draft"))
        {
            References = [.. fields.OptionalList("references").Select(PageReference.Read).OfType<PageReference>()],
            ReviewedBy = [.. fields.OptionalList("reviewed-by").Select(PageReviewer.Read).OfType<PageReviewer>()],
        };
        fields.ReportUnknownKeys(Keys);
        return title is null || description is null ? null : page;
    }
}
