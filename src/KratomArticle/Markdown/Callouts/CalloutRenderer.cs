using System.Net;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace KratomArticle.Markdown.Callouts;

/// <summary>
/// Renders a callout as an <c>aside</c> with the note role, named for screen readers by its type, and a heading with
/// its title (the type's label when the Markdown gives none). The theme's stylesheet draws its icon.
/// </summary>
internal sealed class CalloutRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer callout)
    {
        // Unknown types are refused when the Markdown is parsed (CalloutCheck); a note is the safe fallback.
        var kind = CalloutKind.Find(callout.Info) ?? CalloutKind.All[0];
        var title = string.IsNullOrWhiteSpace(callout.Arguments) ? kind.Label : callout.Arguments.Trim();
        var level = CalloutHeading.LevelOf(callout);
        renderer.EnsureLine();
        renderer.Write($"<aside class=\"callout callout-{kind.Name}\" role=\"note\" aria-label=\"{kind.Label}\">");
        renderer.WriteLine($"<h{level} class=\"callout-title\">{WebUtility.HtmlEncode(title)}</h{level}>");
        renderer.WriteChildren(callout);
        renderer.EnsureLine();
        renderer.WriteLine("</aside>");
    }
}
