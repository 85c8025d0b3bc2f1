using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;

namespace KratomArticle.Checking;

/// <summary>
/// What the link check needs of one built HTML file, gathered while the file is written so the HTML itself
/// need not be kept: its element ids, the ids it repeats, every <c>href</c>, <c>src</c> and <c>srcset</c> URL, and where its links were written.
/// </summary>
internal sealed record PageLinkIndex(string Path, IReadOnlySet<string> Ids, ImmutableArray<string> DuplicateIds, ImmutableArray<string> Links, SourceLinks Sources)
{
    /// <summary>Reads the ids and links of an HTML file.</summary>
    /// <param name="authored">Whether the HTML holds markup an author wrote (raw HTML in Markdown, an HTML file in the content),
    /// which only a full HTML parser reads as a browser does; generated markup is read by a fast scan when it can be.</param>
    public static PageLinkIndex Read(string path, ReadOnlySpan<byte> html, bool authored, SourceLinks sources) =>
        (authored ? null : HtmlLinkScanner.Scan(path, html, sources)) ?? Parse(path, html, sources);

    private static PageLinkIndex Parse(string path, ReadOnlySpan<byte> html, SourceLinks sources)
    {
        var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(html));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = ImmutableArray.CreateBuilder<string>();
        var links = ImmutableArray.CreateBuilder<string>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id && !ids.Add(id))
            {
                duplicates.Add(id);
            }

            links.AddRange(RawHtmlLinks.UrlsOf(element));
        }

        return new PageLinkIndex(path, ids, duplicates.ToImmutable(), links.ToImmutable(), sources);
    }
}
