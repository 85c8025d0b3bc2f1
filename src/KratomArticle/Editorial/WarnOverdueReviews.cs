using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Editorial;

/// <summary>Warns about every page whose next review is before today (<c>--today</c>, else the clock's date).</summary>
internal sealed class WarnOverdueReviews(SiteSettings settings) : IModule<ImmutableArray<ArticleSummary>, int>
{
    /// <returns>How many pages are overdue.</returns>
    public int Run(ImmutableArray<ArticleSummary> pages, BuildContext context)
    {
        var today = context.Options.Today ?? DateOnly.FromDateTime(DateTime.Now);
        var overdue = 0;
        foreach (var page in pages)
        {
            if (page.FrontMatter.NextReviewWith(settings.ReviewEvery) is { } due && due < today)
            {
                overdue++;
                context.Report(Diagnostic.Warning(DiagnosticCodes.ReviewOverdue,
                    $"The next review of this page was due on {IsoDate.Format(due)} (today is {IsoDate.Format(today)}): review it, then update 'reviewed' or 'next-review'.",
                    page.FrontMatter.ReviewDateLocation ?? SourceLocation.StartOf(page.SourceFile)));
            }
        }

        return overdue;
    }
}
