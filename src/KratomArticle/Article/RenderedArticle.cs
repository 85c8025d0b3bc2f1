using System.Collections.Immutable;
using KratomArticle.Markdown;
using KratomArticle.Theming;

namespace KratomArticle.Article;

/// <summary>A page whose Markdown has been rendered: its HTML parts and its headings in page order.</summary>
internal sealed record RenderedArticle(
    PageSource Source,
    string LeadHtml,
    ImmutableArray<ArticleSection> Sections,
    string? DisclaimerHtml,
    ImmutableArray<PageHeading> Headings,
    int ReadingMinutes,
    ImmutableArray<Reference> References)
{
    /// <summary>Filled by <see cref="BuildTableOfContents"/>.</summary>
    public ImmutableArray<TocEntry> TableOfContents { get; init; } = [];

    /// <summary>Whether the page holds HTML an author wrote, which the link check reads with a full HTML parser.</summary>
    public bool HasAuthoredHtml { get; init; }

    /// <summary>The picture a shared link to the page shows, found by <see cref="Content.ShareImages"/>.</summary>
    public Content.ResolvedShareImage? ShareImage { get; init; }
}
