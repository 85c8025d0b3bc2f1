using KratomArticle.Article;
using KratomArticle.Engine;

namespace KratomArticle.Checking;

/// <summary>
/// Where each link of one built file was written, so a problem found in the rendered HTML is reported at the author's
/// line and column. A rendered link is traced back by its URL decoded (character references and percent-encoding both,
/// so <c>/caf%C3%A9/</c> meets the <c>/café/</c> the author wrote), the n-th occurrence of a URL to the n-th place it was
/// written; a link no author wrote is the theme's, reported at the theme's file.
/// </summary>
internal sealed class SourceLinks
{
    private readonly Dictionary<string, List<AuthoredLink>> _byUrl = new(StringComparer.Ordinal);

    private SourceLinks(SourceLocation fallback, SourceLocation? unauthored, IEnumerable<AuthoredLink> links)
    {
        Fallback = fallback;
        Unauthored = unauthored ?? fallback;
        IsUnauthoredTheThemes = unauthored is not null;
        foreach (var link in links)
        {
            var key = Normalize(link.Url);
            if (!_byUrl.TryGetValue(key, out var places))
            {
                _byUrl[key] = places = [];
            }

            places.Add(link);
        }
    }

    /// <summary>Where a problem of the file as a whole (a repeated id) is reported.</summary>
    public SourceLocation Fallback { get; }

    /// <summary>Where a link that no author wrote is reported.</summary>
    public SourceLocation Unauthored { get; }

    /// <summary>Whether a link no author wrote comes from the theme's markup.</summary>
    public bool IsUnauthoredTheThemes { get; }

    /// <summary>An HTML file of the content, copied as it is: each link at its element's line and column in the file.</summary>
    public static SourceLinks OfHtmlFile(string path, string html) =>
        new(SourceLocation.StartOf(path), null, RawHtmlLinks.In(html).Select(found => new AuthoredLink(found.Url, new SourceLocation(path, found.Line, found.Column))));

    /// <summary>A page the theme writes with no content of its own (the 404 page).</summary>
    /// <param name="themeFile">The theme's file that writes the page, named from the site root.</param>
    public static SourceLinks OfTheme(string outputPath, string themeFile) =>
        new(SourceLocation.StartOf(outputPath), SourceLocation.StartOfThemeFile(themeFile), []);

    /// <summary>A page made of Markdown files, inside the theme's markup written by <paramref name="themeFile"/>.</summary>
    public static SourceLinks Of(PageSource page, string themeFile) =>
        new(SourceLocation.StartOf(page.Page.File.RelativePath), SourceLocation.StartOfThemeFile(themeFile), MarkdownLinks.InDisclaimer(page.Page).Concat(page.Files.SelectMany(MarkdownLinks.In)));

    /// <summary>The URL as a comparison key: character references are already decoded by the HTML reader; percent-escapes are decoded here.</summary>
    public static string Normalize(string url) => Uri.UnescapeDataString(url);

    /// <summary>The <paramref name="occurrence"/>-th (from 0) place the URL <paramref name="normalized"/> was written, if an author wrote it that often.</summary>
    public AuthoredLink? Find(string normalized, int occurrence) =>
        _byUrl.TryGetValue(normalized, out var links) && occurrence < links.Count ? links[occurrence] : null;
}
