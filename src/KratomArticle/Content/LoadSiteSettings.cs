using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Reads <c>site.yml</c>; <c>--base-url</c> on the command line replaces the one in the file.</summary>
internal sealed class LoadSiteSettings : IModule<ImmutableArray<ContentFile>, SiteSettings?>
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

        return InternalBuildException.Guard(file.RelativePath, context, () => WithBaseUrl(Read(file, context), context.Options.BaseUrlOverride));
    }

    private static SiteSettings? WithBaseUrl(SiteSettings? settings, Uri? baseUrl) =>
        settings is not null && baseUrl is not null ? settings with { BaseUrl = baseUrl } : settings;

    private static SiteSettings? Read(ContentFile file, BuildContext context)
    {
        using var text = SourceText.TryRead(file, context);
        return text is not null && new YamlSource(file.RelativePath, 1, context).ParseMapping(text.ToString()) is { } fields
            ? SiteSettings.Read(fields)
            : null;
    }
}
