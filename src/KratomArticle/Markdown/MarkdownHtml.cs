using KratomArticle.Markdown.HeadingAnchors;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KratomArticle.Markdown;

/// <summary>Renders parsed Markdown to HTML with the shared pipeline.</summary>
public static class MarkdownHtml
{
    private static MarkdownPipeline Pipeline => MarkdownPipelineFactory.Shared;

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, Pipeline);

    /// <summary>Renders a document whose headings have been given their ids.</summary>
    public static string Render(MarkdownDocument document, IReadOnlyDictionary<HeadingBlock, PageHeading> headings)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<Markdig.Renderers.Html.HeadingRenderer>(new HeadingAnchorRenderer(headings));
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>Renders a short piece of Markdown, such as a disclaimer, that has no linkable headings.</summary>
    public static string RenderFragment(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The heading's content as plain text: markup and HTML tags dropped, entities decoded.</summary>
    public static string InlineText(LeafBlock block)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.WriteLeafInline(block);
        return writer.ToString().Trim();
    }
}
