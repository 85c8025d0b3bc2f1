using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Unicode;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Theming;

namespace KratomArticle.Rendering;

/// <summary>
/// The theme's static files as the site publishes them: the files the theme ships, each replaced by the site root's file
/// of the same path in the <see cref="ThemeOverlay"/> when there is one, and the overlay's other files added.
/// </summary>
internal sealed class LoadThemeAssets : IModule<Theme, ImmutableArray<ThemeAsset>>
{
    // Browsers read these as UTF-8 (the pages say so), so bytes that are not UTF-8 would show as garbage.
    private static readonly HashSet<string> TextExtensions = new([".css", ".js", ".mjs", ".svg", ".json", ".txt", ".xml", ".html"], StringComparer.OrdinalIgnoreCase);

    // A theme's own files are the same in every build a process makes, so they are hashed once. They are published as the
    // theme ships them: a theme minifies its own when it is compiled (KratomArticle.Minify.targets).
    private static readonly ConditionalWeakTable<Theme, ThemeAsset[]> ShippedAssets = new();

    public ImmutableArray<ThemeAsset> Run(Theme theme, BuildContext context)
    {
        var overlay = ThemeOverlay.Folder(context.Options);
        var overrides = Directory.Exists(overlay) ? ListOverlay(overlay, overlay, context) : [];
        var shipped = theme.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        ImmutableArray<ThemeAsset> loaded = [.. overrides.Select(o => Load(o.Name, o.Path, shipped.Contains(o.Name), context)).OfType<ThemeAsset>()];

        // A file the site could not override is published as the theme ships it (that build fails on the error anyway),
        // so the theme always finds every file it names.
        var overridden = loaded.Select(a => a.Name).ToHashSet(StringComparer.Ordinal);
        return [.. ShippedAssets.GetValue(theme, Publish).Where(a => !overridden.Contains(a.Name)), .. loaded];
    }

    private static ThemeAsset[] Publish(Theme theme) =>
        [.. theme.Files.Select(f => ThemeAsset.Create(f.Name, f.Content, sha256: f.Sha256))];

    /// <summary>The overlay's files under <paramref name="folder"/>; symbolic links are reported and skipped, as they could publish files from outside the site.</summary>
    private static List<(string Name, string Path)> ListOverlay(string overlay, string folder, BuildContext context)
    {
        var files = new List<(string, string)>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var name = FolderPaths.RelativeTo(overlay, entry.FullName)!;
            if (DiscoverContent.IsIgnored(name))
            {
                continue;
            }

            if (entry.LinkTarget is not null)
            {
                context.Report(Diagnostic.Warning(DiagnosticCodes.ThemeFileUnusable,
                    $"{ThemeOverlay.Shown(context.Options, entry.FullName)} is a symbolic link; it is skipped, as a link could publish a file from outside the site.", null));
            }
            else if (entry is DirectoryInfo)
            {
                files.AddRange(ListOverlay(overlay, entry.FullName, context));
            }
            else
            {
                files.Add((name, entry.FullName));
            }
        }

        return files;
    }

    private static ThemeAsset? Load(string name, string path, bool shipped, BuildContext context)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ThemeFileUnusable, $"{ThemeOverlay.Shown(context.Options, path)} cannot be read: {e.Message}", null));
            return null;
        }

        if (TextExtensions.Contains(Path.GetExtension(name)) && !Utf8.IsValid(content))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ThemeFileUnusable,
                $"{ThemeOverlay.Shown(context.Options, path)} is not UTF-8 text, which browsers read it as; save it as UTF-8.", null));
            return null;
        }

        return ThemeAsset.Create(name, MinifyAsset.Apply(name, content), fingerprint: shipped);
    }
}
