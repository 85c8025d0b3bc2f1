using System.Collections.Immutable;
using System.Reflection;
using System.Text;

namespace KratomArticle.Theming;

/// <summary>A static file a theme ships.</summary>
/// <param name="Name">Its path under the theme's <c>wwwroot/</c>, with <c>/</c> separators, e.g. <c>site.css</c>.</param>
/// <param name="Content">Its bytes, as published.</param>
/// <param name="Sha256">The SHA-256 of <paramref name="Content"/> in lower-case hex, when it was computed as the theme was
/// compiled; otherwise the generator computes it.</param>
public sealed record ThemeFile(string Name, ReadOnlyMemory<byte> Content, string? Sha256 = null)
{
    /// <summary>
    /// The resource in which a theme's build lists each embedded file's SHA-256 (KratomArticle.Minify.targets): a line
    /// per file, its resource name, a space, and the hash in hex.
    /// </summary>
    public const string FingerprintsResource = "theme-files.sha256";

    /// <summary>The files embedded in <paramref name="assembly"/> under resource names that start with <paramref name="prefix"/>, in name order.</summary>
    public static ImmutableArray<ThemeFile> FromResources(Assembly assembly, string prefix)
    {
        var hashes = ReadFingerprints(assembly);
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(resource => resource.StartsWith(prefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(resource => new ThemeFile(resource[prefix.Length..], Read(assembly, resource), hashes.GetValueOrDefault(resource))),
        ];
    }

    /// <summary>The hashes the theme's build listed, by resource name; none when the theme was built without the list.</summary>
    private static Dictionary<string, string> ReadFingerprints(Assembly assembly)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = assembly.GetManifestResourceStream(FingerprintsResource);
        if (stream is null)
        {
            return hashes;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine()?.Trim() is { } line)
        {
            if (line.LastIndexOf(' ') is var space and > 0)
            {
                hashes[line[..space]] = line[(space + 1)..].ToLowerInvariant();
            }
        }

        return hashes;
    }

    private static byte[] Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
