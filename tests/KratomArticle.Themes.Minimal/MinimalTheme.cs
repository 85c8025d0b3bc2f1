using KratomArticle.Theming;

namespace KratomArticle.Themes.Minimal;

public static class MinimalTheme
{
    public const string ContentId = "content";

    public static Theme Instance { get; } = new(
        "Minimal",
        typeof(MinimalArticle),
        typeof(MinimalNotFound),
        ThemeFile.FromResources(typeof(MinimalTheme).Assembly, "minimal/"),
        [ContentId]);
}
