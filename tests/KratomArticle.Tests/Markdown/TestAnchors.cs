using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Markdown.References;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomArticle.Tests.Markdown;

/// <summary>The anchors a one-file page gives its document, as the build gives them: explicit ids first, then slugs.</summary>
internal static class TestAnchors
{
    public static PageAnchors Of(MarkdownDocument document)
    {
        var allocator = new HeadingIdAllocator([]);
        var headings = document.Descendants<HeadingBlock>().ToList();
        var explicitIds = headings.Select(h => h.TryGetAttributes()?.Id is { } id && allocator.TryClaim(id) ? id : null).ToList();
        return new PageAnchors(
            headings.Select((h, i) => (h, i)).ToDictionary(
                p => p.h,
                p => new PageHeading(p.h.Level, explicitIds[p.i] ?? allocator.Allocate(MarkdownHtml.InlineText(p.h)), MarkdownHtml.InlineText(p.h), SourceLocation.StartOf("index.md"))),
            new PageFootnotes([document]));
    }
}
