using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>Everything a theme needs to render one article page.</summary>
/// <param name="LastModified">The latest of the page's dates: updated, else reviewed, else published.</param>
/// <param name="LeadHtml">The page's own body (its <c>index.md</c>), shown before the first section.</param>
/// <param name="DisclaimerHtml">The front matter's disclaimer rendered from Markdown, or <see langword="null"/>.</param>
/// <param name="References">The footnotes of every section, numbered across the page, then the front matter's references.</param>
public sealed record ArticleView(
    SiteInfo Site,
    PageLinks Links,
    string Title,
    string Description,
    string? Author,
    DateOnly? Published,
    DateOnly? Updated,
    DateOnly? Reviewed,
    DateOnly? LastModified,
    int ReadingMinutes,
    string? DisclaimerHtml,
    string LeadHtml,
    ImmutableArray<ArticleSection> Sections,
    ImmutableArray<TocEntry> TableOfContents,
    ImmutableArray<Reference> References)
{
    /// <summary>The picture a shared link to the page shows, or <see langword="null"/> when it has none (or the site has no base URL).</summary>
    public ShareImage? Image { get; init; }

    /// <summary>The people who reviewed the article; empty when no person has.</summary>
    public ImmutableArray<Reviewer> ReviewedBy { get; init; } = [];

    /// <summary>When the article is next to be reviewed, or <see langword="null"/> when it has no review cycle.</summary>
    public DateOnly? NextReview { get; init; }
}
