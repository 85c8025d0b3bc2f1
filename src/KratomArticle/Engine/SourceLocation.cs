namespace KratomArticle.Engine;

/// <summary>A position in a content file: 1-based line and column, the path relative to the content folder.</summary>
/// <param name="InSiteRoot">Whether <paramref name="File"/> is relative to the site root rather than the content folder (a theme's file).</param>
internal readonly record struct SourceLocation(string File, int Line, int Column, bool InSiteRoot = false)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>The start of a theme's file, such as <c>themes/Default/ArticlePage.razor</c>, named from the site root.</summary>
    public static SourceLocation StartOfThemeFile(string file) => new(file, 1, 1, InSiteRoot: true);
}
