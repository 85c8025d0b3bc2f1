using System.Collections.Immutable;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Article;

/// <summary>Groups each page with its numbered sections, leaving out drafts unless asked to keep them.</summary>
public sealed class AssemblePages : IModule<ImmutableArray<ParsedMarkdown>, ImmutableArray<PageSource>>
{
    public ImmutableArray<PageSource> Run(ImmutableArray<ParsedMarkdown> files, BuildContext context)
    {
        var drafts = context.Options.IncludeDrafts;
        var pages = files.OfType<ParsedPage>().Where(p => drafts || !p.FrontMatter.Draft).ToList();
        var sectionsByPage = files.OfType<ParsedSection>()
            .Where(s => drafts || !s.FrontMatter.Draft)
            .GroupBy(s => s.File.PageKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.File.SectionNumber).ThenBy(s => s.File.RelativePath, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);

        ReportOrphanSections(sectionsByPage.Values.SelectMany(s => s), context);

        var result = ImmutableArray.CreateBuilder<PageSource>();
        foreach (var routeGroup in pages.GroupBy(p => PageSource.UrlPathFor(p.File.PageKey), StringComparer.Ordinal))
        {
            var page = routeGroup.First();
            foreach (var clash in routeGroup.Skip(1))
            {
                context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateRoute,
                    $"This page and {page.File.RelativePath} would both be written to {routeGroup.Key}index.html; rename or remove one.",
                    SourceLocation.StartOf(clash.File.RelativePath)));
            }

            var sections = page.File.IsFolderIndex ? sectionsByPage.GetValueOrDefault(page.File.PageKey) ?? [] : [];
            ReportDuplicateNumbers(sections, context);
            result.Add(new PageSource(page, [.. sections], routeGroup.Key));
        }

        if (result.Count == 0 && !context.HasErrors)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.NoPages, "The content folder has no pages: add an index.md.", null));
        }

        return result.ToImmutable();
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
    private static void ReportOrphanSections(IEnumerable<ParsedSection> sections, BuildContext context)
    {
        foreach (var section in sections.Where(s => !File.Exists(Path.Combine(Path.GetDirectoryName(s.File.FullPath)!, "index.md"))))
        {
            var folder = section.File.PageKey.Length == 0 ? "the content folder" : section.File.PageKey + "/";
            context.Report(Diagnostic.Error(DiagnosticCodes.SectionWithoutPage,
                $"This numbered section has no page: add an index.md to {folder}, or drop the number prefix to make it a page of its own.",
                SourceLocation.StartOf(section.File.RelativePath)));
        }
    }
}
