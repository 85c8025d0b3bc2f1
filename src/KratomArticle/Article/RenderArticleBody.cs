using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.References;
using KratomArticle.Theming;

namespace KratomArticle.Article;

/// <summary>
/// Gives every heading of a page an id unique across the page's files, then renders the lead, the
/// sections (each under an <c>h2</c> of its title), the disclaimer and the references to HTML. The
/// footnotes of all the files are numbered across the page and gathered into its references.
/// </summary>
internal sealed class RenderArticleBody : IModule<PageSource, RenderedArticle?>
{
    public RenderedArticle? Run(PageSource page, BuildContext context) =>
        Render(page, context);

    /// <summary>Renders one page; returns <see langword="null"/> when one of its files cannot be rendered (reported on the context).</summary>
    public static RenderedArticle? Render(PageSource page, BuildContext context)
    {
        if (FindPageHeadings.Run(page, context) is not { } found)
        {
            return null;
        }

        var footnotes = new PageFootnotes(page.Files.Select(f => f.Document));
        var listedReferences = ListReferences.FromFrontMatter(page.Page.FrontMatter.References, footnotes.Footnotes.Length + 1);
        var headings = AssignHeadingIds.Run(found, footnotes.Ids.Concat(listedReferences.Select(r => r.Id)), context);
        var anchors = new PageAnchors(headings.Where(h => h.Block is not null).ToDictionary(h => h.Block!, h => h.Heading), footnotes);
        var lead = RenderPageFile.Run(page.Page, anchors, context);
        var sections = page.Sections
            .Select(section => RenderSection.Run(section, headings.First(h => h.Block is null && h.Section == section).Heading, anchors, context))
            .ToList();
        var footnoteReferences = ListReferences.FromFootnotes(page.Page, anchors, context);
        if (lead is null || sections.Any(s => s is null) || footnoteReferences is null)
        {
            return null;
        }

        return new RenderedArticle(
            page,
            lead,
            [.. sections.OfType<ArticleSection>()],
            page.Page.FrontMatter.Disclaimer is { } disclaimer ? MarkdownHtml.RenderFragment(disclaimer) : null,
            [.. headings.Select(h => h.Heading)],
            MeasureReadingTime.Minutes(page),
            [.. footnoteReferences, .. listedReferences])
        {
            HasAuthoredHtml = DetectAuthoredHtml.In(page),
        };
    }
}
