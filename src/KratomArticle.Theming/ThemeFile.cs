using System.Collections.Immutable;
using System.Reflection;

namespace KratomArticle.Theming;

/// <summary>A static file a theme ships.</summary>
/// <param name="Name">Its path under the theme's <c>wwwroot/</c>, with <c>/</c> separators, e.g. <c>site.css</c>.</param>
public sealed record ThemeFile(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>The files embedded in <paramref name="assembly"/> under resource names that start with <paramref name="prefix"/>, in name order.</summary>
    public static ImmutableArray<ThemeFile> FromResources(Assembly assembly, string prefix) =>
    [
        .. assembly.GetManifestResourceNames()
            .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(resource => new ThemeFile(resource[prefix.Length..], Read(assembly, resource))),
    ];

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
