using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Checking;

/// <summary>
/// Where each link of one built file was written in the Markdown, so a problem found in the rendered HTML
/// can be reported at the author's line and column; the file itself when the link came from elsewhere.
/// </summary>
/// <param name="File">Where a link that did not come from Markdown is reported: the page's file, or the output path for other files.</param>
public sealed class SourceLinks(string File, IReadOnlyDictionary<string, SourceLocation> locations)
{
    public SourceLocation Fallback => SourceLocation.StartOf(File);

    /// <summary>A built file that has no Markdown: every problem is reported at <paramref name="outputPath"/>.</summary>
    public static SourceLinks None(string outputPath) => new(outputPath, new Dictionary<string, SourceLocation>());

    public static SourceLinks Of(PageSource page)
    {
        var locations = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var file in page.Files)
        {
            foreach (var link in file.Document.Descendants<LinkInline>().Where(l => l.Url is not null))
            {
                locations.TryAdd(link.Url!, new SourceLocation(file.File.RelativePath, file.BodyLine + link.Line, link.Column + 1));
            }
        }

        return new SourceLinks(page.Page.File.RelativePath, locations);
    }

    /// <summary>The Markdown position of <paramref name="url"/>, if it came from Markdown.</summary>
    public SourceLocation? Find(string url) => locations.TryGetValue(url, out var location) ? location : null;
}
