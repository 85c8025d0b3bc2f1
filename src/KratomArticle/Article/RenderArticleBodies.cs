using System.Collections.Immutable;
using System.Net;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Theming;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomArticle.Article;

/// <summary>
/// Gives every heading of a page an id unique across the page's files, then renders the lead, the
/// sections (each under an <c>h2</c> of its title) and the disclaimer to HTML. Pages render in parallel.
/// </summary>
public sealed class RenderArticleBodies : IModule<ImmutableArray<PageSource>, ImmutableArray<RenderedArticle>>
{
    private const int WordsPerMinute = 220;
    private const int SectionLevel = 2;

    public ImmutableArray<RenderedArticle> Run(ImmutableArray<PageSource> pages, BuildContext context)
    {
        var rendered = new RenderedArticle[pages.Length];
        Parallel.For(0, pages.Length, i => rendered[i] = context.Reuse(nameof(RenderArticleBodies), pages[i].OutputPath, [.. pages[i].Files], scope => Render(pages[i], scope)));
        return [.. rendered];
    }

    public static RenderedArticle Render(PageSource page, BuildContext context)
    {
        var headings = AssignIds(page, context);
        var byBlock = headings.Where(h => h.Block is not null).ToDictionary(h => h.Block!, h => h.Heading);

        var sections = page.Sections.Select(section =>
        {
            var title = headings.First(h => h.Block is null && h.Section == section).Heading;
            using var html = new StringWriter();
            HeadingAnchorMarkup.WriteStart(html, SectionLevel, title.Id);
            html.Write(title.Html);
            HeadingAnchorMarkup.WriteEnd(html, SectionLevel, title.Id, title.Text);
            html.Write(MarkdownHtml.Render(section.Document, byBlock));
            return new ArticleSection(title.Id, section.FrontMatter.Title, html.ToString());
        });

        var disclaimer = page.Page.FrontMatter.Disclaimer is { } markdown ? MarkdownHtml.RenderFragment(markdown) : null;
        var words = page.Sections.Sum(s => CountWords(s.Body)) + CountWords(page.Page.Body);

        return new RenderedArticle(
            page,
            MarkdownHtml.Render(page.Page.Document, byBlock),
            [.. sections],
            disclaimer,
            [.. headings.Select(h => h.Heading)],
            Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)));
    }

    /// <summary>Explicit ids are claimed first, in page order; then every other heading gets the slug of its text.</summary>
    private static List<AssignedHeading> AssignIds(PageSource page, BuildContext context)
    {
        var allocator = new HeadingIdAllocator(PageElementIds.All);
        var found = PageHeadings(page).ToList();
        var explicitIds = found.Select(h => ClaimExplicitId(h, allocator, context)).ToList();

        return [.. found.Select((h, i) =>
        {
            var id = explicitIds[i] ?? allocator.Allocate(h.Text);
            return new AssignedHeading(h.Block, h.Section, new PageHeading(h.Level, id, h.Text, h.Html, h.Location, h.TocHtml));
        })];
    }

    private static string? ClaimExplicitId(FoundHeading heading, HeadingIdAllocator allocator, BuildContext context)
    {
        if (heading.ExplicitId is not { } id)
        {
            return null;
        }

        if (!HeadingIdAllocator.IsValidExplicitId(id))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                $"The id '{id}' cannot be used in a link: use letters, digits, '-' and '_' only.", heading.Location));
            return null;
        }

        if (!allocator.TryClaim(id))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateHeadingId,
                $"The id '{id}' is already used on this page; give this heading another id.", heading.Location));
            return null;
        }

        return id;
    }

    private static IEnumerable<FoundHeading> PageHeadings(PageSource page)
    {
        foreach (var heading in HeadingsIn(page.Page))
        {
            yield return heading;
        }

        foreach (var section in page.Sections)
        {
            var front = section.FrontMatter;
            var titleHtml = WebUtility.HtmlEncode(front.Title);
            yield return new FoundHeading(null, section, SectionLevel, front.Title, titleHtml, front.Id,
                SourceLocation.StartOf(section.File.RelativePath), front.TocTitle is { } tocTitle ? WebUtility.HtmlEncode(tocTitle) : null);
            foreach (var heading in HeadingsIn(section))
            {
                yield return heading;
            }
        }
    }

    private static IEnumerable<FoundHeading> HeadingsIn(ParsedMarkdown file) =>
        file.Document.Descendants<HeadingBlock>().Select(block => new FoundHeading(
            block,
            file as ParsedSection,
            block.Level,
            MarkdownHtml.InlineText(block),
            MarkdownHtml.InlineHtml(block),
            block.TryGetAttributes()?.Id,
            new SourceLocation(file.File.RelativePath, file.BodyLine + block.Line, block.Column + 1),
            null));

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private sealed record FoundHeading(HeadingBlock? Block, ParsedSection? Section, int Level, string Text, string Html, string? ExplicitId, SourceLocation Location, string? TocHtml);

    /// <param name="Block">The Markdown heading, or <see langword="null"/> for a section title from front matter.</param>
    private sealed record AssignedHeading(HeadingBlock? Block, ParsedSection? Section, PageHeading Heading);
}
