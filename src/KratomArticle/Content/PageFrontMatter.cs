using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>The front matter of a page (<c>index.md</c> or a stand-alone <c>.md</c>).</summary>
/// <param name="Disclaimer">Markdown shown as a marked callout before the first section.</param>
internal sealed record PageFrontMatter(
    string Title,
    string Description,
    string? Author,
    DateOnly? Published,
    DateOnly? Updated,
    DateOnly? Reviewed,
    string? Disclaimer,
    bool Draft)
{
    public static readonly string[] Keys =
        ["title", "description", "author", "published", "updated", "reviewed", "disclaimer", "references", "reviewed-by", "next-review", "draft", ShareImageSetting.ImageKey, ShareImageSetting.AltKey];

    /// <summary>The sources listed in the front matter, shown after the footnotes in the page's References.</summary>
    public ImmutableArray<PageReference> References { get; init; } = [];

    /// <summary>The picture a shared link to the page shows; <see langword="null"/> for the site's default.</summary>
    public ShareImageSetting? Image { get; init; }

    /// <summary>The people who reviewed the page; empty when no person has.</summary>
    public ImmutableArray<PageReviewer> ReviewedBy { get; init; } = [];

    /// <summary>When the page is next to be reviewed, when the front matter says so rather than leaving it to site.yml's <c>review-every</c>.</summary>
    public DateOnly? NextReview { get; init; }

    /// <summary>Where the date the next review is counted from is written: <c>next-review</c>, else <c>reviewed</c>, else <c>published</c>.</summary>
    public SourceLocation? ReviewDateLocation { get; init; }

    /// <summary>When the page is next to be reviewed: <c>next-review</c>, else <c>reviewed</c> (or <c>published</c>) plus <paramref name="every"/>.</summary>
    public DateOnly? NextReviewWith(ReviewInterval? every) =>
        NextReview ?? (every is not null && (Reviewed ?? Published) is { } last ? every.After(last) : null);

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
            Image = ShareImageSetting.Read(fields),
            NextReview = fields.OptionalDate("next-review"),
            ReviewDateLocation = fields.ValueLocation("next-review") ?? fields.ValueLocation("reviewed") ?? fields.ValueLocation("published"),
            ReviewedBy = [.. fields.OptionalList("reviewed-by").Select(PageReviewer.Read).OfType<PageReviewer>()],
        };
        fields.ReportUnknownKeys(Keys);
        return title is null || description is null ? null : page;
    }
}
