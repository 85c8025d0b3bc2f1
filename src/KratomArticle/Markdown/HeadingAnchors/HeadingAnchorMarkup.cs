using System.Net;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// Writes a heading with its id, a permalink and a "copy link" button. Section titles from front matter
/// and headings inside the Markdown both go through here, so every heading on a page has the same markup.
/// The permalink and the button sit beside the heading, not in it, so the heading's accessible name is
/// its text alone. The button is shown only where scripts run (the theme's stylesheet sees to that).
/// </summary>
internal static class HeadingAnchorMarkup
{
    public static void WriteStart(TextWriter writer, int level, string id)
    {
        writer.Write("<div class=\"heading\"><h");
        writer.Write(level);
        writer.Write(" id=\"");
        writer.Write(WebUtility.HtmlEncode(id));
        writer.Write("\">");
    }

    /// <param name="plainText">The heading as plain text, for the accessible labels of the permalink and the button.</param>
    public static void WriteEnd(TextWriter writer, int level, string id, string plainText)
    {
        var label = WebUtility.HtmlEncode(plainText);
        writer.Write("</h");
        writer.Write(level);
        writer.Write("><a class=\"heading-anchor\" href=\"#");
        writer.Write(WebUtility.HtmlEncode(Uri.EscapeDataString(id)));
        writer.Write("\" aria-label=\"Link to section: ");
        writer.Write(label);
        writer.Write("\"><span aria-hidden=\"true\">#</span></a><button type=\"button\" class=\"copy-link\" aria-label=\"Copy link to section: ");
        writer.Write(label);
        writer.Write("\"></button></div>\n");
    }
}
