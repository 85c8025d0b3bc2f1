using System.Collections.Immutable;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Article;

/// <summary>
/// Puts a page together from the parsed files of one page path: the page file and its numbered sections, leaving out
/// drafts unless asked to keep them. Returns <see langword="null"/> when the path has no page to build.
/// </summary>
/// <param name="listed">The page's files as the content folder lists them, parsed or not.</param>
internal sealed class AssemblePage(PageFiles listed) : IModule<ImmutableArray<ParsedMarkdown>, PageSource?>
{
    public PageSource? Run(ImmutableArray<ParsedMarkdown> files, BuildContext context)
    {
        var drafts = context.Options.IncludeDrafts;
        var sections = files.OfType<ParsedSection>()
            .Where(s => drafts || !s.FrontMatter.Draft)
            .OrderBy(s => s.File.SectionNumber).ThenBy(s => s.File.RelativePath, StringComparer.Ordinal)
            .ToList();
        ReportOrphanSections(sections, context);

        var pages = files.OfType<ParsedPage>().Where(p => drafts || !p.FrontMatter.Draft).ToList();
        if (pages is not [var page, .. var clashes])
        {
            return null;
        }

        var urlPath = PageSource.UrlPathFor(page.File.PageKey);
        foreach (var clash in clashes)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateRoute,
                $"This page and {page.File.RelativePath} would both be written to {PageSource.OutputPathFor(urlPath)}; rename or remove one.",
                SourceLocation.StartOf(clash.File.RelativePath)));
        }

        var pageSections = page.File.IsFolderIndex ? sections : [];
        ReportDuplicateNumbers(pageSections, context);
        return new PageSource(page, [.. pageSections], urlPath);
    }

    private static void ReportDuplicateNumbers(List<ParsedSection> sections, BuildContext context)
    {
        foreach (var group in sections.GroupBy(s => s.File.SectionNumber).Where(g => g.Count() > 1))
        {
            var first = group.First().File.RelativePath;
            foreach (var duplicate in group.Skip(1))
            {
                context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateSectionNumber,
                    $"Section number {group.Key} is also used by {first}; give each section its own number.",
                    SourceLocation.StartOf(duplicate.File.RelativePath)));
            }
        }
    }

    /// <summary>A section needs an index.md beside it; one that failed to parse still counts, its own errors are already reported.</summary>
    private void ReportOrphanSections(IEnumerable<ParsedSection> sections, BuildContext context)
    {
        if (listed.Files.Any(f => f.IsFolderIndex))
        {
            return;
        }

        foreach (var section in sections)
        {
            var folder = section.File.PageKey.Length == 0 ? "the content folder" : section.File.PageKey + "/";
            context.Report(Diagnostic.Error(DiagnosticCodes.SectionWithoutPage,
                $"This numbered section has no page: add an index.md to {folder}, or drop the number prefix to make it a page of its own.",
                SourceLocation.StartOf(section.File.RelativePath)));
        }
    }
}
