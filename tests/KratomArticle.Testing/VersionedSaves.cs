using System.Globalization;
using System.Text.RegularExpressions;

namespace KratomArticle.Testing;

/// <summary>
/// Numbered saves of an article's sections: each save writes its version number into every file it saves, so a served
/// page shows which save it was built from, and whether it mixes sections of two saves.
/// </summary>
internal sealed partial class VersionedSaves
{
    private readonly (string Path, string Original)[] _sections;

    private VersionedSaves(IEnumerable<string> paths) => _sections = [.. paths.Select(path => (path, File.ReadAllText(path)))];

    /// <summary>Saves that write every numbered section file of the site at once.</summary>
    public static VersionedSaves OfEverySection(TestSite site) =>
        new(Directory.EnumerateFiles(site.ContentDirectory, "*.md").Where(path => char.IsAsciiDigit(Path.GetFileName(path)[0])).Order(StringComparer.Ordinal));

    /// <summary>Saves of one section file, as an author saving as they write.</summary>
    public static VersionedSaves OfOneSection(TestSite site, string sectionFile) => new([Path.Combine(site.ContentDirectory, sectionFile)]);

    /// <summary>Writes <paramref name="version"/> into every section file in place, one right after the other.</summary>
    public void Save(int version)
    {
        foreach (var (path, original) in _sections)
        {
            File.WriteAllText(path, Text(original, version));
        }
    }

    /// <summary>
    /// Writes <paramref name="version"/> into a hidden copy of every section file, then renames the copies over the
    /// files one right after the other, as editors that save safely do: a reader of a file sees all of one save or
    /// all of the other, never a file being written.
    /// </summary>
    public void SaveByRenaming(int version)
    {
        foreach (var (path, original) in _sections)
        {
            File.WriteAllText(HiddenCopyOf(path), Text(original, version));
        }

        foreach (var (path, _) in _sections)
        {
            File.Move(HiddenCopyOf(path), path, overwrite: true);
        }
    }

    /// <summary>
    /// The version every section of <paramref name="html"/> shows: 0 before the first save, and <see langword="null"/>
    /// when the sections come from different saves or some show none.
    /// </summary>
    public int? VersionOf(string html) => SectionVersionsOf(html) is [var first, ..] versions && versions.All(v => v == first) ? first : null;

    /// <summary>
    /// The version each section of <paramref name="html"/> shows, in the page's order: all 0 before the first save, and
    /// <see langword="null"/> when some sections show one and others none (a file read while it was being written).
    /// </summary>
    public int[]? SectionVersionsOf(string html)
    {
        var versions = Marker().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToArray();
        return versions.Length switch
        {
            0 => new int[_sections.Length],
            var count when count == _sections.Length => versions,
            _ => null,
        };
    }

    /// <summary>A name beside the file that the preview ignores, as it does an editor's hidden files.</summary>
    private static string HiddenCopyOf(string path) => Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.saving");

    private static string Text(string original, int version) => $"{original}\nSaved as version {version}.\n";

    [GeneratedRegex(@"Saved as version (\d+)\.")]
    private static partial Regex Marker();
}
