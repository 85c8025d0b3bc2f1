using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;

namespace KratomArticle.Markdown;

/// <summary>Renders parsed Markdown to HTML with the shared pipeline.</summary>
internal static class MarkdownHtml
{
    private const int FileHtmlCapacity = 32 * 1024;

    /// <summary>A buffer a very long file grew is not kept, so that each thread holds at most this many characters between files.</summary>
    private const int LargestKeptCapacity = 1024 * 1024;

    [ThreadStatic]
    private static HtmlRenderer? t_plainTextRenderer;

    [ThreadStatic]
    private static PageHtmlRenderer? t_pageRenderer;

    private static MarkdownPipeline Pipeline => MarkdownPipelineFactory.Shared;

    public static MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.ForParsing(markdown));

    /// <summary>Renders a document whose headings have been given their ids; its footnotes are left for the References.</summary>
    public static string Render(MarkdownDocument document, PageAnchors anchors) =>
        RenderWith(anchors, renderer => renderer.Render(document));

    /// <summary>Renders a footnote's content for its References entry: a single paragraph as inline HTML, anything longer as blocks.</summary>
    public static string RenderFootnote(Footnote footnote, PageAnchors anchors) =>
        RenderWith(anchors, renderer =>
        {
            if (footnote is [ParagraphBlock paragraph])
            {
                renderer.WriteLeafInline(paragraph);
            }
            else
            {
                renderer.WriteChildren(footnote);
            }
        }).Trim();

    /// <summary>Renders a short piece of Markdown, such as a disclaimer, that has no linkable headings.</summary>
    public static string RenderFragment(string markdown) => Markdig.Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The heading's content as plain text: markup and HTML tags dropped, entities decoded.</summary>
    public static string InlineText(LeafBlock block)
    {
        // Setting a renderer up costs more than most headings take to write, so each thread keeps one. It is taken out
        // while in use, so a render inside this one gets its own, and one cut short (too deep a tree) is not kept.
        var renderer = t_plainTextRenderer ?? CreatePlainTextRenderer();
        t_plainTextRenderer = null;
        var text = ((StringWriter)renderer.Writer).GetStringBuilder().Clear();
        renderer.WriteLeafInline(block);
        t_plainTextRenderer = renderer;
        return text.ToString().Trim();
    }

    private static HtmlRenderer CreatePlainTextRenderer()
    {
        var renderer = new HtmlRenderer(new StringWriter()) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        return renderer;
    }

    private static string RenderWith(PageAnchors anchors, Action<HtmlRenderer> render)
    {
        // Each thread keeps one renderer, and with it one buffer for a file's HTML, rather than setting a renderer up and
        // growing chunks anew for every file: those chunks alone were a sixth of all a build allocated. It is taken out
        // while in use, so a render inside this one gets its own, and one cut short (too deep a tree) is not kept.
        var renderer = t_pageRenderer ?? CreatePageRenderer();
        t_pageRenderer = null;
        renderer.Begin(anchors);
        render(renderer);
        var html = renderer.Html.ToString();
        renderer.Release();
        if (renderer.Html.Capacity <= LargestKeptCapacity)
        {
            t_pageRenderer = renderer;
        }

        return html;
    }

    private static PageHtmlRenderer CreatePageRenderer()
    {
        var renderer = new PageHtmlRenderer(new StringWriter(new StringBuilder(FileHtmlCapacity), CultureInfo.InvariantCulture));
        Pipeline.Setup(renderer);
        return renderer;
    }
}
