using System.Collections.Immutable;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Rendering;

/// <summary>Reads the theme's static files from its <c>wwwroot/</c> folder, minified; <see langword="null"/> when there is no such folder.</summary>
public sealed class LoadThemeAssets : IModule<string, ImmutableArray<ThemeAsset>?>
{
    public ImmutableArray<ThemeAsset>? Run(string assetsDirectory, BuildContext context)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ThemeMissing, $"The theme's assets folder {assetsDirectory} does not exist.", null));
            return null;
        }

        return (ImmutableArray<ThemeAsset>)
        [
            .. Directory.EnumerateFiles(assetsDirectory, "*", DiscoverContent.Walk)
                .Select(full => FolderPaths.RelativeTo(assetsDirectory, full)!)
                .Order(StringComparer.Ordinal)
                .Select(name => Load(name, Path.Combine(assetsDirectory, name), context)),
        ];
    }

    private static ThemeAsset Load(string name, string path, BuildContext context) =>
        context.Reuse(nameof(LoadThemeAssets), name, () => [path, FileStamp.Of(path)], _ => ThemeAsset.Create(name, MinifyAsset.Apply(name, File.ReadAllBytes(path))));
}
