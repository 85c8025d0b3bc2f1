using System.Security.Cryptography;
using KratomArticle.Rendering;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Rendering;

/// <summary>The theme's files carry the SHA-256 their build computed, which is the hash of the bytes kratom publishes.</summary>
public sealed class ThemeFileFingerprintTests
{
    [Fact]
    public void Every_file_of_the_default_theme_carries_the_hash_of_its_content()
    {
        var files = DefaultTheme.Instance.Files;

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.Content.Span)), file.Sha256));
    }

    [Fact]
    public void A_known_hash_names_the_file_as_a_computed_one_would()
    {
        var file = DefaultTheme.Instance.Files.First(f => f.Name == "site.css");

        Assert.Equal(ThemeAsset.Create(file.Name, file.Content).PublishedName, ThemeAsset.Create(file.Name, file.Content, sha256: file.Sha256).PublishedName);
    }
}
