namespace KratomArticle.Engine;

/// <summary>The theme's static files and the site root's overlay of them: every page links to them by their published names.</summary>
internal sealed record ThemeAssetsInput : SiteInput
{
    public static ThemeAssetsInput Instance { get; } = new();
}
