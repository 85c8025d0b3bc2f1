namespace KratomArticle;

/// <summary>A site-wide step whose diagnostics a rebuild that skips it reports again.</summary>
internal enum SitePart
{
    Settings,
    ThemeAssets,
    ShareImages,
    NotFound,
    SiteFiles,
}
