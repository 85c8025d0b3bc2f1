using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Article;

/// <summary>Tells whether a page holds HTML an author wrote, which the link check reads with a full HTML parser.</summary>
internal static class DetectAuthoredHtml
{
    public static bool In(PageSource page) =>
        page.Files.Any(f => f.MayHoldHtml && f.Document.Descendants().Any(node => node is HtmlBlock or HtmlInline))
        // The disclaimer is not parsed here, so any markup-like character in it counts.
        || page.Page.FrontMatter.Disclaimer?.Contains('<', StringComparison.Ordinal) == true;
}
