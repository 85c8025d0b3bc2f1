using System.Collections.Immutable;
using KratomArticle.Content;

namespace KratomArticle.Article;

/// <summary>The Markdown files that may make one page: every page file written to its path, and the numbered sections beside them.</summary>
/// <param name="UrlPath">The page's path under the site root: <c>""</c> for the home page, <c>about/</c> for <c>about.md</c>.</param>
/// <param name="Files">The page files and the section files, in the content folder's order.</param>
internal sealed record PageFiles(string UrlPath, ImmutableArray<ContentFile> Files);
