using System.Globalization;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// Renders a page's headings with the page-wide ids assigned to them and a permalink (a heading with no text gets
/// neither). Markdown that is not a page's file, such as a disclaimer, has no ids assigned: its headings are left to
/// the renderer this one displaced.
/// </summary>
internal sealed class HeadingAnchorRenderer(IMarkdownObjectRenderer displaced) : HtmlObjectRenderer<HeadingBlock>
{
    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        if (renderer is not PageHtmlRenderer page)
        {
            displaced.Write(renderer, heading);
            return;
        }

        if (!page.Anchors.Headings.TryGetValue(heading, out var assigned))
        {
            throw new InvalidOperationException($"Heading on line {heading.Line + 1} was not given an id before rendering.");
        }

        renderer.EnsureLine();
        if (!assigned.IsLinkable)
        {
            var tag = "h" + heading.Level.ToString(CultureInfo.InvariantCulture);
            renderer.Write('<').Write(tag).Write('>');
            renderer.WriteLeafInline(heading);
            renderer.Write("</").Write(tag).WriteLine(">");
            return;
        }

        HeadingAnchorMarkup.WriteStart(renderer.Writer, heading.Level, assigned.Id);
        renderer.WriteLeafInline(heading);
        HeadingAnchorMarkup.WriteEnd(renderer.Writer, heading.Level, assigned.Id, assigned.Text);
    }
}
