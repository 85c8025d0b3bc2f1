namespace KratomArticle.Theming;

/// <summary>The theme linked to a static file that its assets folder does not have; the generator reports it with the file's name.</summary>
public sealed class ThemeAssetMissingException(string assetName) : Exception($"The theme has no asset named '{assetName}'.")
{
    /// <summary>The name the theme asked for, e.g. <c>site.js</c>.</summary>
    public string AssetName { get; } = assetName;
}
