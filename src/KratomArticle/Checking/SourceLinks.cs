using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Checking;

/// <summary>
/// Where each link of a page was written in the Markdown, so a problem found in the rendered HTML
/// can be reported at the author's line and column.
/// </summary>
public sealed class SourceLinks
{
    private readonly Dictionary<(string Page, string Url), SourceLocation> _locations = [];

    public SourceLinks(IEnumerable<PageSource> pages)
    {
        foreach (var page in pages)
        {
            foreach (var file in page.Sections.Cast<ParsedMarkdown>().Prepend(page.Page))
            {
                foreach (var link in file.Document.Descendants<LinkInline>().Where(l => l.Url is not null))
                {
                    var location = new SourceLocation(file.File.RelativePath, file.BodyLine + link.Line, link.Column + 1);
                    _locations.TryAdd((page.OutputPath, link.Url!), location);
                }
            }
        }
    }

    /// <summary>The Markdown position of <paramref name="url"/> on the page written to <paramref name="pageOutputPath"/>, if it came from Markdown.</summary>
    public SourceLocation? Find(string pageOutputPath, string url) =>
        _locations.TryGetValue((pageOutputPath, url), out var location) ? location : null;
}
