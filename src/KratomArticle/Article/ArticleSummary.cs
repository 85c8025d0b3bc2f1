using System.Collections.Immutable;
using KratomArticle.Content;
using KratomArticle.Editorial;
using KratomArticle.Markdown;

namespace KratomArticle.Article;

/// <summary>What the site keeps of a page once it is written: enough for the sitemap, the feed and the preview, not its HTML.</summary>
/// <param name="SourceFile">The page's own file, relative to the content folder.</param>
internal sealed record ArticleSummary(string UrlPath, string SourceFile, PageFrontMatter FrontMatter, ImmutableArray<PageHeading> Headings)
{
    public ReadingLevel ReadingLevel { get; init; } = ReadingLevel.None;
}
