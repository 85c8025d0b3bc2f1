using System.Collections.Immutable;
using System.Net;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.Callouts;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Markdown.References;
using KratomArticle.Theming;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KratomArticle.Article;

/// <summary>
/// Gives every heading of a page an id unique across the page's files, then renders the lead, the
/// sections (each under an <c>h2</c> of its title), the disclaimer and the references to HTML. The
/// footnotes of all the files are numbered across the page and gathered into its references.
/// </summary>
public sealed class RenderArticleBody : IModule<PageSource, RenderedArticle?>
{
    private const int WordsPerMinute = 220;
    private const int SectionLevel = 2;
    private const ulong AsciiWhiteSpace = (1UL << '\t') | (1UL << '\n') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    public RenderedArticle? Run(PageSource page, BuildContext context) =>
        Render(page, context);

    /// <summary>Renders one page; returns <see langword="null"/> when one of its files cannot be rendered (reported on the context).</summary>
    public static RenderedArticle? Render(PageSource page, BuildContext context)
    {
        if (FindHeadings(page, context) is not { } found)
        {
            return null;
        }

        var footnotes = new PageFootnotes([page.Page.Document, .. page.Sections.Select(s => s.Document)]);
        var listedReferences = ListedReferences(page.Page.FrontMatter.References, footnotes.Footnotes.Length + 1);
        var headings = AssignIds(found, footnotes.Ids.Concat(listedReferences.Select(r => r.Id)), context);
        var anchors = new PageAnchors(headings.Where(h => h.Block is not null).ToDictionary(h => h.Block!, h => h.Heading), footnotes);
        var lead = RenderFile(page.Page, anchors, context);
        var sections = page.Sections.Select(section => RenderSection(section, headings, anchors, context)).ToList();
        var footnoteReferences = MarkdownGuard.Run(
            () => footnotes.Footnotes.Select(f => FootnoteReference(f, anchors)).ToList(), page.Page.File.RelativePath, page.Page.BodyLine, context);
        if (lead is null || sections.Any(s => s is null) || footnoteReferences is null)
        {
            return null;
        }

        var disclaimer = page.Page.FrontMatter.Disclaimer is { } markdown ? MarkdownHtml.RenderFragment(markdown) : null;
        var words = page.Sections.Sum(s => CountWords(s.Body)) + CountWords(page.Page.Body);
        return new RenderedArticle(
            page,
            lead,
            [.. sections.OfType<ArticleSection>()],
            disclaimer,
            [.. headings.Select(h => h.Heading)],
            Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute)),
            [.. footnoteReferences, .. listedReferences])
        {
            // The disclaimer is not parsed here, so any markup-like character in it counts.
            HasAuthoredHtml = page.Files.Any(f => f.Document.Descendants().Any(node => node is HtmlBlock or HtmlInline))
                || page.Page.FrontMatter.Disclaimer?.Contains('<', StringComparison.Ordinal) == true,
        };
    }

    private static Reference FootnoteReference(Footnote footnote, PageAnchors anchors)
    {
        var number = anchors.Footnotes.NumberOf(footnote);
        return new Reference(ReferenceIds.Entry(number), number, MarkdownHtml.RenderFootnote(footnote, anchors), null, anchors.Footnotes.CitationIdsOf(footnote));
    }

    /// <summary>The front matter's references, numbered on from the footnotes.</summary>
    private static ImmutableArray<Reference> ListedReferences(ImmutableArray<PageReference> references, int firstNumber) =>
    [
        .. references.Select((reference, i) =>
            new Reference(ReferenceIds.Entry(firstNumber + i), firstNumber + i, WebUtility.HtmlEncode(reference.Text), reference.Url?.AbsoluteUri, [])
            {
                Text = reference.Text,
                Doi = reference.Doi,
                Pmid = reference.Pmid,
            }),
    ];

    private static ArticleSection? RenderSection(ParsedSection section, List<AssignedHeading> headings, PageAnchors anchors, BuildContext context)
    {
        if (RenderFile(section, anchors, context) is not { } body)
        {
            return null;
        }

        var title = headings.First(h => h.Block is null && h.Section == section).Heading;
        using var html = new StringWriter();
        HeadingAnchorMarkup.WriteStart(html, SectionLevel, title.Id);
        html.Write(WebUtility.HtmlEncode(title.Text));
        HeadingAnchorMarkup.WriteEnd(html, SectionLevel, title.Id, title.Text);
        html.Write(body);
        return new ArticleSection(title.Id, section.FrontMatter.Title, html.ToString());
    }

    private static string? RenderFile(ParsedMarkdown file, PageAnchors anchors, BuildContext context) =>
        MarkdownGuard.Run(() => MarkdownHtml.Render(file.Document, anchors), file.File.RelativePath, file.BodyLine, context);

    /// <summary>The page's headings in page order: the lead's, then each section's title followed by its own.</summary>
    private static List<FoundHeading>? FindHeadings(PageSource page, BuildContext context)
    {
        var found = new List<FoundHeading>();
        foreach (var file in page.Sections.Cast<ParsedMarkdown>().Prepend(page.Page))
        {
            if (file is ParsedSection section)
            {
                var front = section.FrontMatter;
                found.Add(new FoundHeading(null, section, SectionLevel, front.Title, front.Id, SourceLocation.StartOf(section.File.RelativePath), front.TocTitle, InCallout: false));
            }

            if (MarkdownGuard.Run(() => HeadingsIn(file).ToList(), file.File.RelativePath, file.BodyLine, context) is not { } headings)
            {
                return null;
            }

            found.AddRange(headings);
        }

        return found;
    }

    private static IEnumerable<FoundHeading> HeadingsIn(ParsedMarkdown file) =>
        file.Document.Descendants<HeadingBlock>().Select(block => new FoundHeading(
            block,
            file as ParsedSection,
            block.Level,
            MarkdownHtml.InlineText(block),
            block.TryGetAttributes()?.Id,
            new SourceLocation(file.File.RelativePath, file.BodyLine + block.Line, block.Column + 1),
            null,
            CalloutHeading.IsInCallout(block)));

    /// <summary>
    /// Explicit ids are claimed first, in page order; then every other heading gets the slug of its text. A heading with
    /// no text (an image's alt text counts as text) gets no id, and a warning.
    /// </summary>
    /// <param name="reservedIds">Ids the page's references take, which headings must step around.</param>
    private static List<AssignedHeading> AssignIds(List<FoundHeading> found, IEnumerable<string> reservedIds, BuildContext context)
    {
        var allocator = new HeadingIdAllocator(context.Options.Theme.ReservedIds.Concat(reservedIds));
        foreach (var empty in found.Where(h => h.Text.Length == 0))
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.EmptyHeading,
                "This heading has no text, so it cannot be listed in the contents or linked to.", empty.Location));
        }

        var explicitIds = found.Select(h => h.Text.Length == 0 ? null : ClaimExplicitId(h, allocator, context)).ToList();
        return [.. found.Select((h, i) =>
        {
            var id = h.Text.Length == 0 ? "" : explicitIds[i] ?? allocator.Allocate(h.Text);
            return new AssignedHeading(h.Block, h.Section, new PageHeading(h.Level, id, h.Text, h.Location, h.TocText) { InCallout = h.InCallout });
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

    /// <summary>The number of runs of non-white-space characters, as <c>string.Split</c> with no separators counts them.</summary>
    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // char.IsWhiteSpace, with the ASCII answer from a bit mask: tab to carriage return, and space.
            var white = c <= ' ' ? ((AsciiWhiteSpace >> c) & 1) != 0 : c >= '\u0085' && char.IsWhiteSpace(c);
            words += !white && !inWord ? 1 : 0;
            inWord = !white;
        }

        return words;
    }

    private sealed record FoundHeading(HeadingBlock? Block, ParsedSection? Section, int Level, string Text, string? ExplicitId, SourceLocation Location, string? TocText, bool InCallout);

    /// <param name="Block">The Markdown heading, or <see langword="null"/> for a section title from front matter.</param>
    private sealed record AssignedHeading(HeadingBlock? Block, ParsedSection? Section, PageHeading Heading);
}
