using AngleSharp.Html.Parser;

namespace KratomArticle.Checking;

/// <summary>
/// The URLs raw HTML links to (<c>href</c>, <c>src</c> and each URL of <c>srcset</c>, on any element), read by a full
/// HTML parser so character references are decoded as a browser decodes them, each with the position of its element.
/// </summary>
internal static class RawHtmlLinks
{
    /// <summary>The attributes whose values the link check reads; <c>srcset</c> holds a list of URLs.</summary>
    public static readonly string[] Attributes = ["href", "src", "srcset"];

    // A parser is costly to make (it sets up a browsing context), and pages are checked on several threads at once.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    /// <summary>Each URL of <paramref name="html"/> with the 1-based line and column of its element's <c>&lt;</c> in that text.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> In(string html)
    {
        // Most raw HTML (an end tag, a <br>, a <div>) names no URL: it is not worth a parser ("src" finds "srcset" too).
        if (!html.Contains("href", StringComparison.OrdinalIgnoreCase) && !html.Contains("src", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }

        t_parser ??= new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = t_parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            // Elements the parser adds by itself (html, head, body) have no place in the text.
            if (element.SourceReference?.Position is not { } position)
            {
                continue;
            }

            foreach (var url in UrlsOf(element))
            {
                yield return (url, position.Line, position.Column);
            }
        }
    }

    /// <summary>The URLs an element links to: its <c>href</c>, its <c>src</c>, then those of its <c>srcset</c>.</summary>
    public static IEnumerable<string> UrlsOf(AngleSharp.Dom.IElement element)
    {
        foreach (var attribute in Attributes)
        {
            if (element.GetAttribute(attribute) is not { Length: > 0 } value)
            {
                continue;
            }

            foreach (var url in attribute == "srcset" ? SrcsetUrls.In(value) : [value])
            {
                yield return url;
            }
        }
    }
}
