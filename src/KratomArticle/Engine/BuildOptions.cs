using KratomArticle.Theming;

namespace KratomArticle.Engine;

/// <summary>What to build and from where; paths are absolute.</summary>
/// <param name="Root">The site root: it holds <c>content/</c>, and may hold files that override the theme's.</param>
/// <param name="BaseUrlOverride">An absolute base URL, ending in <c>/</c>, that replaces <c>base-url</c> from site.yml.</param>
/// <param name="IncludeDrafts">Whether pages and sections with <c>draft: true</c> are built.</param>
/// <param name="Theme">The theme every page is rendered with.</param>
internal sealed record BuildOptions(string Root, string ContentDirectory, Uri? BaseUrlOverride, bool IncludeDrafts, Theme Theme)
{
    /// <summary>Whether links and fragments are validated after rendering (<c>--no-check</c> turns it off).</summary>
    public bool CheckLinks { get; init; } = true;

    /// <summary>How many pages are built at once; <see langword="null"/> for as many as there are cores.</summary>
    public int? MaxParallelism { get; init; }

    /// <summary>Whether every page's reading level is measured even when site.yml sets no <c>reading-grade</c> (<c>check</c> prints them).</summary>
    public bool MeasureReadingLevels { get; init; }

    /// <summary>The date overdue reviews are judged against (<c>--today</c>); <see langword="null"/> for the clock's. It never changes what is written.</summary>
    public DateOnly? Today { get; init; }
}
