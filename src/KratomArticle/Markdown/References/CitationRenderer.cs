using System.Globalization;
using KratomArticle.Theming;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomArticle.Markdown.References;

/// <summary>
/// Renders a footnote reference in a page's text as a superscript number linking to its entry in References.
/// Markdig's own back-links inside the footnote are left out: the theme writes them beside each entry. Markdown that is
/// not a page's file, such as a disclaimer, keeps its footnotes: they are left to the renderer this one displaced.
/// </summary>
internal sealed class CitationRenderer(IMarkdownObjectRenderer displaced) : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        if (renderer is not PageHtmlRenderer page)
        {
            displaced.Write(renderer, link);
            return;
        }

        if (link.IsBackLink)
        {
            return;
        }

        var footnotes = page.Anchors.Footnotes;
        var number = footnotes.NumberOf(link.Footnote).ToString(CultureInfo.InvariantCulture);
        renderer.Write("<sup class=\"citation\"><a id=\"").Write(footnotes.CitationIdOf(link))
            .Write("\" href=\"#").Write(ReferenceIds.Entry(footnotes.NumberOf(link.Footnote)))
            .Write("\" aria-describedby=\"").Write(PageElementIds.References)
            .Write("\">").Write(number).Write("</a></sup>");
    }
}
