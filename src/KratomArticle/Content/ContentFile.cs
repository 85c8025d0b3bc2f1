using System.Text.RegularExpressions;

namespace KratomArticle.Content;

/// <summary>A file in the content folder and the role its name gives it.</summary>
/// <param name="RelativePath">The path under the content folder, with <c>/</c> separators.</param>
/// <param name="PageKey">For pages and sections: the page's folder path (<c>""</c> for the root page, <c>about</c> for <c>about.md</c>).</param>
/// <param name="SectionNumber">For sections: the number prefix of the file name.</param>
internal sealed partial record ContentFile(string RelativePath, string FullPath, ContentKind Kind, string PageKey, int SectionNumber)
{
    public const string SiteSettingsFileName = "site.yml";

    /// <summary>The name of a folder's page file, whose folder holds its numbered sections.</summary>
    public const string FolderIndexName = "index.md";

    /// <summary>Whether this is a folder's <c>index.md</c>, the only kind of page that has numbered sections.</summary>
    public bool IsFolderIndex => Kind == ContentKind.Page && (RelativePath == FolderIndexName || RelativePath.EndsWith("/" + FolderIndexName, StringComparison.Ordinal));

    public static ContentFile Classify(string relativePath, string fullPath)
    {
        var folder = relativePath.Contains('/') ? relativePath[..relativePath.LastIndexOf('/')] : "";
        var name = relativePath[(folder.Length == 0 ? 0 : folder.Length + 1)..];

        if (relativePath == SiteSettingsFileName)
        {
            return new(relativePath, fullPath, ContentKind.SiteSettings, "", 0);
        }

        if (!name.EndsWith(".md", StringComparison.Ordinal))
        {
            return new(relativePath, fullPath, ContentKind.Asset, "", 0);
        }

        if (name == FolderIndexName)
        {
            return new(relativePath, fullPath, ContentKind.Page, folder, 0);
        }

        var section = SectionName().Match(name);
        if (section.Success && int.TryParse(section.Groups[1].ValueSpan, out var number))
        {
            return new(relativePath, fullPath, ContentKind.Section, folder, number);
        }

        var stem = name[..^".md".Length];
        return new(relativePath, fullPath, ContentKind.Page, folder.Length == 0 ? stem : $"{folder}/{stem}", 0);
    }

    [GeneratedRegex(@"^(\d{1,6})-.+\.md$")]
    private static partial Regex SectionName();
}
