namespace KratomArticle.Theming;

/// <summary>What a theme needs to render the site's "page not found" page.</summary>
public sealed record NotFoundView(SiteInfo Site, PageLinks Links);
