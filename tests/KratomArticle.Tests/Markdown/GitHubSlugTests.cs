using System.Text.Json;
using AngleSharp.Html.Parser;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>
/// Heading ids match GitHub's for text in any script. The expected ids in <c>Specs/github-slugs.json</c> (one or more
/// headings per script and per Unicode general category) and the characters kept in <c>Specs/github-slug-characters.txt</c>
/// were written by github-slugger 2.0.0 itself (<c>tests/tools/github-slugs.mjs</c>).
/// </summary>
public sealed class GitHubSlugTests
{
    public static TheoryData<string, string, string> Slugs => new(Cases.Select(c => (c.Name, c.Text, c.Slug)));

    private static IReadOnlyList<SlugCase> Cases { get; } =
        JsonSerializer.Deserialize<List<SlugCase>>(File.ReadAllText(SpecPath("github-slugs.json")), JsonSerializerOptions.Web)!;

    [Theory]
    [MemberData(nameof(Slugs))]
    public void The_slug_is_the_one_github_slugger_gives(string name, string text, string slug) =>
        Assert.True(slug == GitHubSlug.Of(text), $"{name}: '{text}' gave '{GitHubSlug.Of(text)}', GitHub gives '{slug}'.");

    [Fact]
    public void Every_character_is_kept_or_dropped_as_github_slugger_keeps_or_drops_it()
    {
        var ranges = File.ReadAllLines(SpecPath("github-slug-characters.txt"))
            .Select(line => line.Split(' ', '-'))
            .Select(parts => (Kind: parts[0], From: Convert.ToInt32(parts[1], 16), To: Convert.ToInt32(parts[2], 16)))
            .ToList();
        var kept = ranges.Where(r => r.Kind == "kept").SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).ToHashSet();
        var newer = ranges.Where(r => r.Kind == "newer").SelectMany(r => Enumerable.Range(r.From, r.To - r.From + 1)).ToHashSet();

        var wrong = Enumerable.Range(0, 0x110000)
            .Where(c => c is not ((>= 0xD800 and <= 0xDFFF) or ' ' or '-') && !newer.Contains(c))
            .Where(c => (GitHubSlug.Of(char.ConvertFromUtf32(c)).Length > 0) != kept.Contains(c))
            .Select(c => $"U+{c:X4}")
            .ToList();

        Assert.True(kept.Count > 130_000, "The fixture should list the characters github-slugger keeps.");
        Assert.True(wrong.Count == 0, $"{wrong.Count} characters are kept or dropped unlike GitHub: {string.Join(", ", wrong.Take(40))}");
    }

    [Fact]
    public void A_page_with_headings_in_twenty_scripts_gets_the_ids_github_gives_them()
    {
        var plain = Cases.Where(c => c.Plain).ToList();
        Assert.True(plain.Select(c => c.Name).Distinct().Count() >= 20, "The fixture should cover at least 20 scripts and categories as Markdown headings.");
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ntitle: Scripts\ndescription: d\n---\n" + string.Concat(plain.Select(c => $"## {c.Text}\n\nText.\n\n")));

        var (build, context) = SiteBuilder.Build(site);

        Assert.True(build.Succeeded, string.Join("\n", SiteBuilder.Messages(context)));
        var ids = new HtmlParser().ParseDocument(SiteBuilder.Page(build)).QuerySelectorAll("article h2[id]").Select(h => h.Id).ToList();
        Assert.Equal(plain.Select(c => c.Slug), ids);
    }

    private static string SpecPath(string name) => Path.Combine(RepositoryPaths.Root, "tests", "KratomArticle.Tests", "Markdown", "Specs", name);

    private sealed record SlugCase(string Name, string Text, string Slug, bool Plain);
}
