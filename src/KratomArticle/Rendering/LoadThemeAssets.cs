using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Rendering;

/// <summary>Reads the theme's static files from its <c>wwwroot/</c> folder.</summary>
public sealed class LoadThemeAssets : IModule<string, ImmutableArray<ThemeAsset>>
{
    public ImmutableArray<ThemeAsset> Run(string assetsDirectory, BuildContext context)
    {
        if (!Directory.Exists(assetsDirectory))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ThemeMissing, $"The theme's assets folder {assetsDirectory} does not exist.", null));
            return [];
        }

        return
        [
            .. Directory.EnumerateFiles(assetsDirectory, "*", SearchOption.AllDirectories)
                .Select(full => Path.GetRelativePath(assetsDirectory, full).Replace('\\', '/'))
                .Order(StringComparer.Ordinal)
                .Select(name => ThemeAsset.Create(name, File.ReadAllBytes(Path.Combine(assetsDirectory, name)))),
        ];
    }
}
