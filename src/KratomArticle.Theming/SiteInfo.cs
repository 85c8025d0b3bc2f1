namespace KratomArticle.Theming;

/// <summary>The site-wide settings from <c>site.yml</c>, as a theme sees them.</summary>
/// <param name="BaseUrl">The absolute URL the site is published at, ending in <c>/</c>; empty when unknown.</param>
public sealed record SiteInfo(string Title, string Description, string BaseUrl, string Language, string? Author)
{
    /// <summary>The site's "About this site" page from the site root (<c>about/</c>), linked from every page's footer; <see langword="null"/> when there is none.</summary>
    public string? AboutPath { get; init; }
}
