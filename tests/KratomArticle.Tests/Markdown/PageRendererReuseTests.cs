using CsCheck;
using KratomArticle.Markdown;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace KratomArticle.Tests.Markdown;

/// <summary>
/// Each thread renders every file with the one renderer it keeps; a file rendered after others, and after footnotes
/// (whose HTML ends mid-line), must come out as a new renderer writes it.
/// </summary>
public sealed class PageRendererReuseTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(AutoLinkFreeParsingTests.Piece, Gen.OneOf(
        "Text[^a]", "\n\n[^a]: A note.", "\n\n[^b]: A note\n\n    with a second paragraph.", "[^b]", "\n    code\n", "\n```\nfenced\n```\n",
        "| a | b |\n|---|---|\n| 1 | 2 |\n", "- [ ] task\n", "> [!NOTE]\n> Callout\n"));

    private static readonly Gen<string[]> Files = Piece.Array[0, 40].Select(string.Concat).Array[1, 6];

    [Fact]
    public void Files_rendered_one_after_another_come_out_as_a_new_renderer_writes_each()
    {
        Files.Sample(files =>
        {
            foreach (var text in files)
            {
                var document = MarkdownHtml.Parse(text);
                var anchors = TestAnchors.Of(document);
                // A footnote's HTML for the References ends mid-line, and leaves the kept renderer there.
                foreach (var footnote in document.Descendants<Footnote>())
                {
                    MarkdownHtml.RenderFootnote(footnote, anchors);
                }

                Assert.Equal(WithNewRenderer(anchors, document), MarkdownHtml.Render(document, anchors));
            }
        }, iter: 500);
    }

    private static string WithNewRenderer(PageAnchors anchors, MarkdownDocument document)
    {
        var renderer = new PageHtmlRenderer(new StringWriter());
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Begin(anchors);
        renderer.Render(document);
        return renderer.Html.ToString();
    }
}
