using System.Security.Cryptography;

namespace KratomArticle.Rendering;

/// <summary>A static file of the theme, as it is published.</summary>
/// <param name="Name">The file's path under the theme's <c>wwwroot/</c>, e.g. <c>site.css</c>.</param>
/// <param name="PublishedName">The path it is written under: for a file the theme ships, its name with a hash of its content
/// (<c>site.3f2a9c1b0d.css</c>), so browsers can cache it forever; for a file a site adds, its own name, so other files can
/// refer to it.</param>
internal sealed record ThemeAsset(string Name, string PublishedName, ReadOnlyMemory<byte> Content)
{
    private const int HashLength = 10;

    /// <param name="sha256">The content's SHA-256 in lower-case hex, when it is known already (a theme computes its files' as it is compiled).</param>
    public static ThemeAsset Create(string name, ReadOnlyMemory<byte> content, bool fingerprint = true, string? sha256 = null)
    {
        if (!fingerprint)
        {
            return new ThemeAsset(name, name, content);
        }

        var hash = (sha256 ?? Convert.ToHexStringLower(SHA256.HashData(content.Span)))[..HashLength];
        var extension = Path.GetExtension(name);
        return new ThemeAsset(name, $"{name[..^extension.Length]}.{hash}{extension}", content);
    }
}
