using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace KratomArticle.Tests.Corpus;

/// <summary>What every built page must satisfy, whatever its content.</summary>
public static partial class SiteAssertions
{
    /// <summary>
    /// Every page's ids are unique and usable as fragments, no link is nested in another (a heading's own link
    /// must not end up inside its table of contents entry), and every in-page link of its table of contents resolves.
    /// </summary>
    public static void LinksAndIdsHold(string outputDirectory)
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(outputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var page = parser.ParseDocument(File.ReadAllText(file));
            var ids = page.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            Assert.All(ids, id => Assert.Matches(FragmentSafe(), id));
            Assert.Empty(page.QuerySelectorAll("a a"));
            foreach (var link in page.QuerySelectorAll("nav a[href^='#']").Select(a => a.GetAttribute("href")![1..]))
            {
                Assert.Contains(Uri.UnescapeDataString(link), ids);
            }
        }
    }

    [GeneratedRegex(@"^[^\s#]+$")]
    private static partial Regex FragmentSafe();
}
