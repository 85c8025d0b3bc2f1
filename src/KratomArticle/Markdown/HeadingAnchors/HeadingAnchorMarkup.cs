using System.Net;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// Writes a heading with its id and a permalink. Section titles from front matter and headings inside
/// the Markdown both go through here, so every heading on a page has the same markup.
/// </summary>
public static class HeadingAnchorMarkup
{
    public static void WriteStart(TextWriter writer, int level, string id)
    {
        writer.Write("<h");
        writer.Write(level);
        writer.Write(" id=\"");
        writer.Write(WebUtility.HtmlEncode(id));
        writer.Write("\">");
    }

    /// <param name="plainText">The heading as plain text, for the permalink's accessible label.</param>
    public static void WriteEnd(TextWriter writer, int level, string id, string plainText)
    {
        writer.Write(" <a class=\"heading-anchor\" href=\"#");
        writer.Write(Uri.EscapeDataString(id));
        writer.Write("\" aria-label=\"Link to section: ");
        writer.Write(WebUtility.HtmlEncode(plainText));
        writer.Write("\"><span aria-hidden=\"true\">#</span></a></h");
        writer.Write(level);
        writer.Write(">\n");
    }
}
