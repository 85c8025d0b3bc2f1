using KratomArticle.Engine;
using KratomArticle.Rendering;

namespace KratomArticle.Output;

/// <summary>Writes the theme's files, except one a site adds under a path that a page, a content file or a site file has. Returns how many it wrote anew.</summary>
internal sealed class WriteThemeAssets : IModule<SiteState, int>
{
    public int Run(SiteState state, BuildContext context)
    {
        var written = 0;
        var published = new HashSet<string>(StringComparer.Ordinal);
        foreach (var asset in state.ThemeAssets)
        {
            if (state.IsTaken(asset.PublishedName))
            {
                var shown = ThemeOverlay.Shown(context.Options, Path.Combine(ThemeOverlay.Folder(context.Options), asset.Name));
                context.Report(Diagnostic.Error(DiagnosticCodes.ThemeFileUnusable,
                    $"{shown} would be published as {asset.PublishedName}, which the site already has; rename it.", null));
                continue;
            }

            published.Add(asset.PublishedName);
            if (state.Output.Write(new OutputFile(asset.PublishedName, asset.Content)))
            {
                state.Pending.ChangedTargets.Add(asset.PublishedName);
                written++;
            }
        }

        foreach (var gone in state.WrittenThemeAssets.Where(name => !published.Contains(name) && !state.IsTaken(name)))
        {
            state.RemoveOutput(gone);
        }

        state.WrittenThemeAssets.Clear();
        state.WrittenThemeAssets.UnionWith(published);
        return written;
    }
}
