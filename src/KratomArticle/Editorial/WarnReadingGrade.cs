using System.Collections.Immutable;
using System.Globalization;
using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Editorial;

/// <summary>Warns about every page whose prose reads above site.yml's <c>reading-grade</c>.</summary>
internal sealed class WarnReadingGrade(SiteSettings settings) : IModule<ImmutableArray<ArticleSummary>, int>
{
    /// <returns>How many pages read above the grade.</returns>
    public int Run(ImmutableArray<ArticleSummary> pages, BuildContext context)
    {
        if (settings.ReadingGrade is not { } limit)
        {
            return 0;
        }

        var above = pages.Where(p => p.ReadingLevel.Grade > limit).ToList();
        foreach (var page in above)
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.ReadingGradeAbove,
                string.Create(CultureInfo.InvariantCulture,
                    $"{page.SourceFile} reads at Flesch-Kincaid grade {page.ReadingLevel.Grade:0.0}, above the site's reading-grade of {limit}: shorter sentences and shorter words bring it down."),
                SourceLocation.StartOf(page.SourceFile)));
        }

        return above.Count;
    }
}
