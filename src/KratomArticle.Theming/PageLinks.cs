namespace KratomArticle.Theming;

/// <summary>How a page reaches the rest of the site.</summary>
/// <param name="RootPath">The relative path from the page to the site root: <c>""</c> at the root, <c>"../"</c> one folder down.</param>
/// <param name="CanonicalUrl">The page's absolute URL, or <see langword="null"/> when the site has no base URL.</param>
/// <param name="AssetFileNames">Each theme asset's name (<c>site.css</c>) mapped to the file name it is published under.</param>
/// <param name="FeedPath">The site's Atom feed from this page, or <see langword="null"/> when the site has none.</param>
public sealed record PageLinks(string RootPath, string? CanonicalUrl, IReadOnlyDictionary<string, string> AssetFileNames, string? FeedPath = null)
{
    /// <summary>The relative URL of a theme asset from this page, e.g. <c>../site.3f2a9c1b.css</c>.</summary>
    /// <exception cref="ThemeAssetMissingException">The theme's assets folder has no file of that name.</exception>
    public string Asset(string name) =>
        AssetFileNames.TryGetValue(name, out var fileName)
            ? RootPath + fileName
            : throw new ThemeAssetMissingException(name);

    /// <summary>The relative URL of the site's home page from this page.</summary>
    public string Home => RootPath.Length == 0 ? "./" : RootPath;
}
