using System.Text;
using KratomArticle.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Editorial;

/// <summary>
/// The prose of a Markdown document, one string per paragraph: the text of paragraphs wherever they are (lists,
/// quotes, tables, callouts), without headings, code, raw HTML, bare links or footnotes, which are not sentences.
/// </summary>
internal static class ProseText
{
    public static IEnumerable<string> Paragraphs(MarkdownDocument document) =>
        document.Descendants<ParagraphBlock>()
            .Where(p => p.Inline is not null && !BlockAncestry.IsInside<Footnote>(p))
            .Select(p => TextOf(p.Inline!))
            .Where(text => text.Length > 0);

    private static string TextOf(ContainerInline inline)
    {
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case LinkInline { IsImage: true } or AutolinkInline or CodeInline or HtmlInline or FootnoteLink:
                    break;
                case ContainerInline children:
                    Append(children, text);
                    break;
            }
        }
    }
}
