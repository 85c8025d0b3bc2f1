using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>Everything a theme needs to render one article page.</summary>
/// <param name="LeadHtml">The page's own body (its <c>index.md</c>), shown before the first section.</param>
/// <param name="DisclaimerHtml">The front matter's disclaimer rendered from Markdown, or <see langword="null"/>.</param>
public sealed record ArticleView(
    SiteInfo Site,
    PageLinks Links,
    string Title,
    string Description,
    string? Author,
    DateOnly? Published,
    DateOnly? Updated,
    DateOnly? Reviewed,
    int ReadingMinutes,
    string? DisclaimerHtml,
    string LeadHtml,
    ImmutableArray<ArticleSection> Sections,
    ImmutableArray<TocEntry> TableOfContents);
