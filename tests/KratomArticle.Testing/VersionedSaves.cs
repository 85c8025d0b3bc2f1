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

    /// <summary>Writes <paramref name="version"/> into every section file, one right after the other.</summary>
    public void Save(int version)
    {
        foreach (var (path, original) in _sections)
        {
            File.WriteAllText(path, $"{original}\nSaved as version {version}.\n");
        }
    }

    /// <summary>
    /// The version every section of <paramref name="html"/> shows: 0 before the first save, and <see langword="null"/>
    /// when the sections come from different saves or some show none.
    /// </summary>
    public int? VersionOf(string html)
    {
        var versions = Marker().Matches(html).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        var count = Marker().Count(html);
        return (count, versions) switch
        {
            (0, _) => 0,
            (_, [var one]) when count == _sections.Length => one,
            _ => null,
        };
    }

    [GeneratedRegex(@"Saved as version (\d+)\.")]
    private static partial Regex Marker();
}
