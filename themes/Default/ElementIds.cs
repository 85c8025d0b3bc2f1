using KratomArticle.Theming;

namespace KratomArticle.Themes.Default;

/// <summary>
/// The element ids the default theme puts on every page. Heading ids are chosen around them, so a heading called
/// "Main" can never collide with the theme's own <c>id="main"</c>.
/// </summary>
public static class ElementIds
{
    public const string Main = "main";
    public const string Top = "top";
    public const string TocTitle = "toc-title";
    public const string DisclaimerTitle = "disclaimer-title";
    public const string References = PageElementIds.References;
    public const string CopyStatus = "copy-status";

    public static IReadOnlyList<string> All { get; } = [Main, Top, TocTitle, DisclaimerTitle, References, CopyStatus];
}
