using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>
/// Finds each page's share image (its own <c>image</c>, else the one from <c>site.yml</c>) among the content files and
/// reads its size. A page built with an image depends on its file, which <see cref="PathFor"/> names.
/// </summary>
internal sealed class ShareImages
{
    /// <summary>Open Graph readers such as Facebook's ignore a smaller picture.</summary>
    public const int MinimumSide = 200;

    private readonly ResolvedShareImage? _siteDefault;
    private readonly string? _siteDefaultPath;

    private ShareImages(ResolvedShareImage? siteDefault, string? siteDefaultPath)
    {
        _siteDefault = siteDefault;
        _siteDefaultPath = siteDefaultPath;
    }

    /// <summary>Finds the site's default image, reporting its problems at <c>site.yml</c>.</summary>
    public static ShareImages Load(SiteSettings settings, BuildContext context) =>
        settings.Image is { } image
            ? new(Resolve(image, ContentFile.SiteSettingsFileName, context), PathUnderContent(image.Path, ContentFile.SiteSettingsFileName))
            : new(null, null);

    /// <summary>The image of the page whose front matter is <paramref name="page"/>; its own problems are reported at its file.</summary>
    public ResolvedShareImage? For(ParsedPage page, BuildContext context) =>
        page.FrontMatter.Image is { } image ? Resolve(image, page.File.RelativePath, context) : _siteDefault;

    /// <summary>The content file <see cref="For"/> reads for the page, found or not, so that adding, replacing or removing it rebuilds the page.</summary>
    public string? PathFor(ParsedPage page) =>
        page.FrontMatter.Image is { } image ? PathUnderContent(image.Path, page.File.RelativePath) : _siteDefaultPath;

    private static ResolvedShareImage? Resolve(ShareImageSetting setting, string namingFile, BuildContext context)
    {
        if (PathUnderContent(setting.Path, namingFile) is not { } path)
        {
            return Refuse($"'{ShareImageSetting.ImageKey}' must name a file in the content folder, not '{setting.Path}'.");
        }

        var fullPath = Path.Combine(context.Options.ContentDirectory, path);
        var file = new FileInfo(fullPath);
        if (DiscoverContent.IsIgnored(path) || !file.Exists || file.LinkTarget is not null)
        {
            return Refuse($"'{ShareImageSetting.ImageKey}' names {path}, which the content folder does not have.");
        }

        if (ReadImageHeader.Of(File.ReadAllBytes(fullPath)) is not { } info)
        {
            return Refuse($"{path} is not a PNG, JPEG, GIF or WebP image, the formats a shared link's picture can be (an SVG cannot).");
        }

        if (info.Width < MinimumSide || info.Height < MinimumSide)
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.ShareImageSmall,
                $"{path} is {info.Width}×{info.Height} pixels; most networks ignore a shared picture under {MinimumSide}×{MinimumSide} (1200×630 suits them all).",
                setting.KeyLocation));
        }

        return new ResolvedShareImage(path, setting.Alt, info);

        ResolvedShareImage? Refuse(string message)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ShareImageInvalid, message, setting.KeyLocation));
            return null;
        }
    }

    /// <summary>The path under the content folder, from the folder of <paramref name="namingFile"/> or from the content folder for <c>/…</c>; <see langword="null"/> when it leaves the content folder.</summary>
    private static string? PathUnderContent(string written, string namingFile)
    {
        var folder = namingFile.Contains('/') ? namingFile[..namingFile.LastIndexOf('/')] : "";
        var start = written.StartsWith('/') ? [] : folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = new List<string>(start);
        foreach (var segment in written.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".")
            {
                segments.Add(segment);
            }
        }

        return segments.Count == 0 || written.Contains(':', StringComparison.Ordinal) ? null : string.Join('/', segments);
    }
}
