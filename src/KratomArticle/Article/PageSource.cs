using System.Collections.Immutable;
using KratomArticle.Content;

namespace KratomArticle.Article;

/// <summary>A page's files put together: its own file and its sections in number order.</summary>
/// <param name="UrlPath">The page's path under the site root: <c>""</c> for the home page, <c>about/</c> for <c>about.md</c>.</param>
internal sealed record PageSource(ParsedPage Page, ImmutableArray<ParsedSection> Sections, string UrlPath)
{
    public string OutputPath => OutputPathFor(UrlPath);

    /// <summary>The parsed files the page is made of: the same files make the same page.</summary>
    public IEnumerable<ParsedMarkdown> Files => [Page, .. Sections];

    /// <summary>The relative path from this page back to the site root.</summary>
    public string RootPath => string.Concat(Enumerable.Repeat("../", UrlPath.Count(c => c == '/')));

    public static string UrlPathFor(string pageKey) => pageKey.Length == 0 ? "" : pageKey + "/";

    /// <summary>The file a page at <paramref name="urlPath"/> is written to.</summary>
    public static string OutputPathFor(string urlPath) => urlPath + "index.html";
}
