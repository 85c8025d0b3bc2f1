using System.Security.Cryptography;
using KratomArticle.Rendering;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Rendering;

/// <summary>The theme's stylesheet and script are published minified, under a name that carries the hash of the minified bytes.</summary>
public sealed class MinifiedAssetsTests
{
    private static readonly string ThemeAssets = Path.Combine(RepositoryPaths.Themes, "Default", "wwwroot");

    [Theory]
    [InlineData("site", ".css", "/*")]
    [InlineData("site", ".js", "// ")]
    public void Stylesheets_and_scripts_are_minified_and_named_for_the_minified_bytes(string stem, string extension, string comment)
    {
        using var site = ReferencesArticle.Create();

        var (build, _) = SiteBuilder.Build(site);

        var published = Assert.Single(build.Files, f => f.Path.StartsWith(stem + ".", StringComparison.Ordinal) && f.Path.EndsWith(extension, StringComparison.Ordinal));
        var source = File.ReadAllBytes(Path.Combine(ThemeAssets, stem + extension));
        var text = System.Text.Encoding.UTF8.GetString(published.Content.Span);
        Assert.Contains(comment, System.Text.Encoding.UTF8.GetString(source), StringComparison.Ordinal);
        Assert.DoesNotContain(comment, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text.TrimEnd(), StringComparison.Ordinal);
        Assert.True(published.Content.Length < source.Length * 0.85, $"{published.Content.Length} of {source.Length} bytes");
        var hash = Convert.ToHexStringLower(SHA256.HashData(published.Content.Span))[..10];
        Assert.Equal($"{stem}.{hash}{extension}", published.Path);
    }

    [Theory]
    [InlineData("site.css")]
    [InlineData("site.js")]
    public void The_theme_ships_its_stylesheet_and_script_minified_when_it_is_compiled(string name)
    {
        var shipped = Assert.Single(DefaultTheme.Instance.Files, f => f.Name == name);

        var source = File.ReadAllBytes(Path.Combine(ThemeAssets, name));
        Assert.True(shipped.Content.Length < source.Length * 0.85, $"{shipped.Content.Length} of {source.Length} bytes");
        Assert.Equal(MinifyAsset.Apply(name, source), shipped.Content.ToArray());
    }

    [Fact]
    public void Other_theme_files_are_published_byte_for_byte()
    {
        using var site = ReferencesArticle.Create();

        var (build, _) = SiteBuilder.Build(site);

        var icon = Assert.Single(build.Files, f => f.Path.StartsWith("favicon.", StringComparison.Ordinal));
        Assert.Equal(File.ReadAllBytes(Path.Combine(ThemeAssets, "favicon.svg")), icon.Content.ToArray());
    }
}
