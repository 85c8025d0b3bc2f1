using System.Reflection.Metadata;
using KratomArticle.Preview;

[assembly: MetadataUpdateHandler(typeof(ThemeHotReload))]

namespace KratomArticle.Preview;

/// <summary>
/// Under <c>dotnet watch</c>, edits to the theme's Razor components are applied to the running preview in place
/// (hot reload), without a restart; the runtime then calls <see cref="UpdateApplication"/>, and the preview
/// rebuilds every page with the new components.
/// </summary>
internal static class ThemeHotReload
{
    public static event Action? Updated;

    public static void UpdateApplication(Type[]? updatedTypes) => Updated?.Invoke();
}
