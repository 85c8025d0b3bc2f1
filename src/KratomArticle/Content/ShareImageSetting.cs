using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>
/// The <c>image</c> and <c>image-alt</c> keys of a page's front matter or of <c>site.yml</c>: the picture a link to the
/// page shows when it is shared, as written. <see cref="ShareImages"/> finds the file and reads its size.
/// </summary>
/// <param name="Path">The file, relative to the folder of the file that names it, or from the content folder when it starts with <c>/</c>.</param>
/// <param name="Alt">What the picture shows, for people who cannot see it.</param>
/// <param name="KeyLocation">Where the <c>image</c> key is, where problems with the picture are reported.</param>
internal sealed record ShareImageSetting(string Path, string Alt, SourceLocation KeyLocation)
{
    public const string ImageKey = "image";
    public const string AltKey = "image-alt";

    /// <summary>Reads the two keys; <see langword="null"/> when there is no image or it cannot be used (each problem is reported).</summary>
    public static ShareImageSetting? Read(YamlFields fields)
    {
        var path = fields.OptionalString(ImageKey);
        var alt = fields.OptionalString(AltKey);
        if (string.IsNullOrEmpty(path))
        {
            if (alt is not null)
            {
                fields.ReportInvalid(AltKey, $"'{AltKey}' describes the picture named by '{ImageKey}', which is not given; add '{ImageKey}' or remove '{AltKey}'.");
            }

            return null;
        }

        var location = fields.KeyLocation(ImageKey);
        if (string.IsNullOrEmpty(alt))
        {
            fields.Report(Diagnostic.Error(DiagnosticCodes.RequiredKeyMissing,
                $"'{ImageKey}' needs '{AltKey}': say in a few words what the picture shows, for people who cannot see it.", location));
            return null;
        }

        return new ShareImageSetting(path, alt, location);
    }
}
