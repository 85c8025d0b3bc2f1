using KratomArticle.Theming;

namespace KratomArticle.Themes.Default;

/// <summary>The default theme, with its static files embedded from <c>wwwroot/</c> when it is compiled.</summary>
public static class DefaultTheme
{
    /// <summary>The prefix of the embedded files' resource names (see the project file).</summary>
    private const string FilesPrefix = "wwwroot/";

    private static readonly Lazy<Theme> Lazy = new(() => new Theme(
        "Default",
        typeof(ArticlePage),
        typeof(NotFoundPage),
        ThemeFile.FromResources(typeof(DefaultTheme).Assembly, FilesPrefix),
        ElementIds.All));

    public static Theme Instance => Lazy.Value;
}
