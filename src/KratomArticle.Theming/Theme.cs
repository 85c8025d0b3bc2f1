using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KratomArticle.Theming;

/// <summary>
/// A theme as the generator receives it: the components that render each kind of page, the static files it ships, and
/// the element ids its markup takes on every page. A site root may override the files from
/// <c>themes/&lt;Name&gt;/wwwroot/</c>.
/// </summary>
/// <remarks>
/// The page components are Razor components (each a <see cref="ThemeComponent"/>) with one parameter, <c>Page</c>: an
/// <see cref="ArticleView"/> for <see cref="ArticlePage"/>, a <see cref="NotFoundView"/> for <see cref="NotFoundPage"/>.
/// </remarks>
public sealed class Theme
{
    public Theme(
        string name,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type articlePage,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type notFoundPage,
        ImmutableArray<ThemeFile> files,
        IEnumerable<string> reservedIds)
    {
        Name = name;
        ArticlePage = articlePage;
        NotFoundPage = notFoundPage;
        Files = files;
        ReservedIds = [.. reservedIds.Append(PageElementIds.References).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The theme's name, which is also its folder under a site root's <c>themes/</c>.</summary>
    public string Name { get; }

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public Type ArticlePage { get; }

    [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)]
    public Type NotFoundPage { get; }

    /// <summary>The static files the theme ships (stylesheets, scripts, icons), by their paths under its <c>wwwroot/</c>.</summary>
    public ImmutableArray<ThemeFile> Files { get; }

    /// <summary>Ids the theme's markup gives elements on every page; heading ids step around them.</summary>
    public ImmutableArray<string> ReservedIds { get; }
}
