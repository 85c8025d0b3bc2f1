using System.Security.Cryptography;

namespace KratomArticle.Rendering;

/// <summary>A static file of the theme, published under a name that carries a hash of its content so browsers can cache it forever.</summary>
/// <param name="Name">The file's path under the theme's <c>wwwroot/</c>, e.g. <c>site.css</c>.</param>
/// <param name="PublishedName">The name it is written under, e.g. <c>site.3f2a9c1b0d.css</c>.</param>
public sealed record ThemeAsset(string Name, string PublishedName, ReadOnlyMemory<byte> Content)
{
    private const int HashLength = 10;

    public static ThemeAsset Create(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..HashLength];
        var extension = Path.GetExtension(name);
        return new ThemeAsset(name, $"{name[..^extension.Length]}.{hash}{extension}", content);
    }
}
