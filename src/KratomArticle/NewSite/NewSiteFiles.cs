using System.Collections.Immutable;
using System.Text;
using KratomArticle.Content;
using KratomArticle.Theming;

namespace KratomArticle.NewSite;

/// <summary>The files <c>kratom init</c> writes: a site that builds and checks clean before any edit.</summary>
internal static class NewSiteFiles
{
    private const string ResourcePrefix = "new-site/";

    /// <summary>Each file's path under the new site's root, with <c>/</c> separators, and its text.</summary>
    /// <param name="today">The date written as the article's <c>published</c> date.</param>
    public static ImmutableArray<(string Path, string Text)> For(DateOnly today) =>
    [
        // Embedded and read as the theme's files are.
        .. ThemeFile.FromResources(typeof(NewSiteFiles).Assembly, ResourcePrefix)
            .Select(file => (PathOf(file.Name), Encoding.UTF8.GetString(file.Content.Span).Replace("{{today}}", IsoDate.Format(today), StringComparison.Ordinal))),
    ];

    // A file named .gitignore in the source tree would apply to the repository itself, so it is kept without its dot.
    private static string PathOf(string name) => name == "gitignore" ? ".gitignore" : name;
}
