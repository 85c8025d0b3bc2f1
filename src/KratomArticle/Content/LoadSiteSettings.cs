using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Reads <c>site.yml</c>; <c>--base-url</c> on the command line replaces the one in the file.</summary>
public sealed class LoadSiteSettings : IModule<ImmutableArray<ContentFile>, SiteSettings?>
{
    public SiteSettings? Run(ImmutableArray<ContentFile> files, BuildContext context)
    {
        var file = files.FirstOrDefault(f => f.Kind == ContentKind.SiteSettings);
        if (file is null)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.SiteSettingsMissing,
                $"The content folder has no {ContentFile.SiteSettingsFileName}; add one with at least a 'title'.", null));
            return null;
        }

        // The override is applied inside the cached step, so an unchanged site.yml gives the very same settings object.
        var baseUrl = context.Options.BaseUrlOverride;
        return context.Reuse(nameof(LoadSiteSettings), file.RelativePath, () => [file, FileStamp.Of(file.FullPath), baseUrl?.AbsoluteUri ?? ""],
            scope => InternalBuildException.Guard(file.RelativePath, scope, () => WithBaseUrl(Read(file, scope), baseUrl)));
    }

    private static SiteSettings? WithBaseUrl(SiteSettings? settings, Uri? baseUrl) =>
        settings is not null && baseUrl is not null ? settings with { BaseUrl = baseUrl } : settings;

    private static SiteSettings? Read(ContentFile file, BuildContext context) =>
        SourceText.TryRead(file, context) is { } text && new YamlSource(file.RelativePath, 1, context).ParseMapping(text) is { } fields
            ? SiteSettings.Read(fields)
            : null;
}
