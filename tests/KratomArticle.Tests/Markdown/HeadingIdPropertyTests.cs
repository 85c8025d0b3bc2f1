using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>
/// Heading ids for any heading texts, through the real pipeline: in a page built from a lead and sections,
/// every heading with text gets an id that is unique on the page, usable as a fragment and the same on every build,
/// and the table of contents links every one of them, in page order; a heading with no text gets no id, no
/// permalink and no contents entry, and a warning.
/// </summary>
public sealed class HeadingIdPropertyTests
{
    // Any text on one line, except three characters that make a heading more than text: '{' starts an
    // explicit id (whose clashes are the author's error), '[' and '<' start links and HTML (the link check's business).
    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (8, Gen.Char['a', 'z'].Select(c => c.ToString())),
        (2, Gen.Char['A', 'Z'].Select(c => c.ToString())),
        (2, Gen.Char['0', '9'].Select(c => c.ToString())),
        (3, Gen.Char[" \t"].Select(c => c.ToString())),
        (3, Gen.Char["!\"#$%&'()*+,-./:;=>?@\\]^_`|}~"].Select(c => c.ToString())),
        (2, Gen.Char["àéîõüßçñÆØÅİı"].Select(c => c.ToString())),
        (2, Gen.Char['\u05D0', '\u05EA'].Select(c => c.ToString())), // Hebrew, right to left
        (2, Gen.Char['\u0627', '\u064A'].Select(c => c.ToString())), // Arabic, right to left
        (1, Gen.Char['\u4E00', '\u4FFF'].Select(c => c.ToString())),
        // No-break and ideographic spaces, zero-width space and joiner, direction marks and override, a combining accent.
        (1, Gen.Char["\u00A0\u3000\u200B\u200D\u200E\u200F\u202E\u0301"].Select(c => c.ToString())),
        (1, Gen.OneOf("😀", "👍🏽", "👨‍👩‍👧", "🇳🇿", "🧪")));

    // Texts repeat often, and some slugs meet the theme's own ids ("main") or the fallback for an empty slug ("section").
    private static readonly Gen<string> HeadingText = Gen.Frequency<string>(
        (4, Piece.Array[0, 12].Select(string.Concat)),
        (1, Gen.OneOf("Notes", "notes", "NOTES!", "Notes 1", "notes-1", "", "   ", "Main", "section", "Top", "#", "😀")));

    private static readonly Gen<Section> SectionGen = Gen.Select(
        HeadingText.Where(t => !string.IsNullOrWhiteSpace(t)),
        HeadingText.Array[0, 4],
        (title, headings) => new Section(title, headings));

    private static readonly Gen<PageShape> PageGen = Gen.Select(
        Gen.Select(Gen.Int[2, 3], HeadingText, (level, text) => (level, text)).Array[0, 6],
        SectionGen.Array[0, 4],
        (lead, sections) => new PageShape(lead, sections));

    [Fact]
    public void Every_heading_gets_a_unique_stable_fragment_id_that_the_table_of_contents_links()
    {
        PageGen.Sample(page =>
        {
            var ids = HeadingIds(page);

            Assert.All(ids, id => Assert.True(id.Length > 0 && !id.Any(c => char.IsWhiteSpace(c) || c == '#'), $"'{id}' is not a fragment."));
            Assert.Equal(ids, HeadingIds(page));
        }, print: page => page.Describe());
    }

    /// <summary>Builds the page and returns its headings' ids, after checking that its ids are unique and every link to a heading lands on it.</summary>
    private static List<string> HeadingIds(PageShape page)
    {
        using var site = TestSite.Empty();
        foreach (var (path, text) in page.Files())
        {
            site.Write(path, text);
        }

        var (build, context) = SiteBuilder.Build(site);
        Assert.True(build.Succeeded, string.Join("\n", SiteBuilder.Messages(context)));
        var document = new HtmlParser().ParseDocument(SiteBuilder.Page(build));

        var allIds = document.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
        Assert.Equal(allIds.Count, allIds.Distinct(StringComparer.Ordinal).Count());

        var all = document.QuerySelectorAll("article h2, article h3").ToList();
        Assert.Equal(page.HeadingCount, all.Count);
        var (headings, empty) = (all.Where(h => h.HasAttribute("id")).ToList(), all.Where(h => !h.HasAttribute("id")).ToList());
        Assert.All(empty, h => Assert.True(string.IsNullOrWhiteSpace(h.TextContent) && h.ParentElement?.ClassName != "heading", h.OuterHtml));
        Assert.Equal(empty.Count, SiteBuilder.Messages(context).Count(m => m.Contains("warning KA0205", StringComparison.Ordinal)));
        var ids = headings.Select(h => h.Id ?? "").ToList();
        Assert.All(headings, h => Assert.Equal("#" + h.Id, Unescape(h.ParentElement?.QuerySelector("a.heading-anchor")?.GetAttribute("href"))));
        Assert.Equal(ids.Select(id => "#" + id), document.QuerySelectorAll("nav.toc a").Select(a => Unescape(a.GetAttribute("href"))));
        return ids;
    }

    private static string? Unescape(string? href) => href is null ? null : Uri.UnescapeDataString(href);

    private sealed record Section(string Title, string[] Headings);

    private sealed record PageShape((int Level, string Text)[] Lead, Section[] Sections)
    {
        public int HeadingCount => Lead.Length + Sections.Sum(s => 1 + s.Headings.Length);

        public IEnumerable<(string Path, string Text)> Files()
        {
            yield return ("index.md", "---\ntitle: Page\ndescription: d\n---\n" + string.Concat(Lead.Select(h => $"{new string('#', h.Level)} {h.Text}\n\n")));
            foreach (var (section, i) in Sections.Select((s, i) => (s, i)))
            {
                var body = string.Concat(section.Headings.Select(h => $"### {h}\n\n"));
                yield return ($"{i + 1:00}-s.md", $"---\ntitle: {YamlQuoted(section.Title)}\n---\n{body}");
            }
        }

        public string Describe() => string.Join("\n", Files().Select(f => $"=== {f.Path}\n{f.Text}"));

        /// <summary>A YAML double-quoted scalar holding <paramref name="text"/> exactly: every character outside printable ASCII is escaped.</summary>
        private static string YamlQuoted(string text)
        {
            var quoted = new StringBuilder("\"");
            foreach (var rune in text.EnumerateRunes())
            {
                quoted.Append(rune.Value switch
                {
                    '"' or '\\' => "\\" + (char)rune.Value,
                    >= 0x20 and < 0x7F => ((char)rune.Value).ToString(),
                    <= 0xFFFF => "\\u" + rune.Value.ToString("X4", CultureInfo.InvariantCulture),
                    _ => "\\U" + rune.Value.ToString("X8", CultureInfo.InvariantCulture),
                });
            }

            return quoted.Append('"').ToString();
        }
    }
}
