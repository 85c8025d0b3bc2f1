using System.Xml.Linq;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Rendering;

/// <summary><c>feed.xml</c> (Atom) and <c>sitemap.xml</c> list the pages with their dates and absolute URLs.</summary>
public sealed class FeedAndSitemapTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private readonly TestSite _site = ReferencesArticle.Create();

    public void Dispose() => _site.Dispose();

    private XDocument Read(string path)
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.Empty(context.Diagnostics);
        return XDocument.Parse(SiteBuilder.Page(build, path));
    }

    [Fact]
    public void The_feed_has_one_entry_per_dated_page_newest_first()
    {
        _site.Write("older.md", "---\ntitle: Older page\ndescription: From before.\npublished: 2024-06-01\n---\nText.\n");
        _site.Write("undated.md", "---\ntitle: About\ndescription: No dates.\n---\nText.\n");

        var feed = Read("feed.xml").Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("Test site", feed.Element(Atom + "title")?.Value);
        Assert.Equal("https://example.org/feed.xml", feed.Element(Atom + "id")?.Value);
        Assert.Equal("https://example.org/feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")?.Value);
        Assert.Equal("2025-03-01T00:00:00Z", feed.Element(Atom + "updated")?.Value);
        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.Equal(["Caffeine and sleep", "Older page"], entries.Select(e => e.Element(Atom + "title")?.Value));
        Assert.Equal(["https://example.org/", "https://example.org/older/"], entries.Select(e => e.Element(Atom + "id")?.Value));
        Assert.Equal("2025-03-01T00:00:00Z", entries[0].Element(Atom + "updated")?.Value);
        Assert.Equal("2025-01-10T00:00:00Z", entries[0].Element(Atom + "published")?.Value);
        Assert.Equal("Test Author", entries[0].Element(Atom + "author")?.Element(Atom + "name")?.Value);
        Assert.Equal("A test article with citations in every section.", entries[0].Element(Atom + "summary")?.Value);
    }

    [Fact]
    public async Task The_feed_is_valid_atom_by_rfc_4287s_schema_and_no_two_ids_are_the_same()
    {
        Jing.SkipUnlessAvailable();
        _site.Write("older.md", "---\ntitle: Older page\ndescription: From before.\npublished: 2024-06-01\n---\nText.\n");
        _site.Write("guide/index.md", "---\ntitle: Guide\ndescription: A page in a folder.\nupdated: 2024-09-01\n---\nText.\n");
        var feedFile = Path.Combine(_site.Root, "feed.xml");
        await File.WriteAllTextAsync(feedFile, Read("feed.xml").ToString(), TestContext.Current.CancellationToken);

        var errors = await Jing.ErrorsInAsync(Path.Combine(RepositoryPaths.Root, "tests", "KratomArticle.Tests", "Rendering", "Schemas", "atom.rnc"), feedFile);

        Assert.Empty(errors);
        var ids = XDocument.Load(feedFile).Descendants(Atom + "id").Select(id => id.Value).ToArray();
        Assert.Equal(["https://example.org/feed.xml", "https://example.org/", "https://example.org/guide/", "https://example.org/older/"], ids);
    }

    [Fact]
    public void The_feeds_ids_are_the_same_in_every_build()
    {
        var first = Read("feed.xml").Descendants(Atom + "id").Select(id => id.Value).ToArray();
        File.AppendAllText(Path.Combine(_site.ContentDirectory, "01-effects.md"), "\nOne more paragraph.\n");

        var second = Read("feed.xml").Descendants(Atom + "id").Select(id => id.Value).ToArray();

        Assert.Equal(["https://example.org/feed.xml", "https://example.org/"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void The_sitemap_gives_each_page_its_last_modified_date()
    {
        _site.Write("undated.md", "---\ntitle: About\ndescription: No dates.\n---\nText.\n");

        var urls = Read("sitemap.xml").Root!.Elements(Sitemap + "url").ToArray();

        Assert.Equal(["https://example.org/", "https://example.org/undated/"], urls.Select(u => u.Element(Sitemap + "loc")?.Value));
        Assert.Equal(["2025-03-01", null], urls.Select(u => u.Element(Sitemap + "lastmod")?.Value));
    }

    [Fact]
    public void Site_settings_and_front_matter_text_is_escaped_in_the_feed_and_comes_back_unchanged()
    {
        const string Hostile = "A <b> & \"quoted\" 'text' ]]> <![CDATA[ x ]]> </title> \u00e9 \U0001F600";
        _site.Write("site.yml", $"""
            title: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} site'
            description: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} description'
            author: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} author'
            language: 'en" x="y'
            base-url: https://example.org/
            """);
        _site.Write("index.md", $"""
            ---
            title: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} page'
            description: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} summary'
            author: '{Hostile.Replace("'", "''", StringComparison.Ordinal)} page author'
            published: 2025-01-10
            ---
            Lead.
            """);

        var feed = Read("feed.xml").Root!;

        Assert.Equal("en\" x=\"y", feed.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Equal(Hostile + " site", feed.Element(Atom + "title")?.Value);
        Assert.Equal(Hostile + " description", feed.Element(Atom + "subtitle")?.Value);
        Assert.Equal(Hostile + " author", feed.Element(Atom + "author")?.Element(Atom + "name")?.Value);
        var entry = Assert.Single(feed.Elements(Atom + "entry"));
        Assert.Equal(Hostile + " page", entry.Element(Atom + "title")?.Value);
        Assert.Equal(Hostile + " summary", entry.Element(Atom + "summary")?.Value);
        Assert.Equal(Hostile + " page author", entry.Element(Atom + "author")?.Element(Atom + "name")?.Value);
    }

    [Fact]
    public void A_page_whose_file_name_holds_xml_markup_is_listed_with_an_escaped_url()
    {
        _site.Write("q&a ]]> <x> \"y\" 'z'.md", "---\ntitle: Questions\ndescription: Answers.\n---\nText.\n");

        var urls = Read("sitemap.xml").Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")?.Value).ToArray();

        Assert.Equal(2, urls.Length);
        var page = new Uri(urls[1]!);
        Assert.Equal("/q&a ]]> <x> \"y\" 'z'/", Uri.UnescapeDataString(page.AbsolutePath));
    }

    [Theory]
    [InlineData("site.yml", "title: \"Test\\x01site\"\nbase-url: https://example.org/\n", "site.yml(1,8): error KA0108: 'title' holds the character U+0001")]
    [InlineData("site.yml", "title: Test site\ndescription: \"Vertical\\vtab\"\nbase-url: https://example.org/\n", "site.yml(2,14): error KA0108: 'description' holds the character U+000B")]
    [InlineData("site.yml", "title: Test site\nauthor: Raw\u001bescape\nbase-url: https://example.org/\n", "site.yml(2,9): error KA0108: 'author' holds the character U+001B")]
    [InlineData("index.md", "---\ntitle: \"Page\\uFFFE\"\ndescription: d\npublished: 2025-01-10\n---\nText.\n", "index.md(2,8): error KA0108: 'title' holds the character U+FFFE")]
    [InlineData("index.md", "---\ntitle: Page\ndescription: \"Nul\\0here\"\npublished: 2025-01-10\n---\nText.\n", "index.md(3,14): error KA0108: 'description' holds the character U+0000")]
    [InlineData("index.md", "---\ntitle: Page\ndescription: d\nauthor: \"\\uFFFF\"\n---\nText.\n", "index.md(4,9): error KA0108: 'author' holds the character U+FFFF")]
    public void A_character_xml_cannot_carry_is_an_error_at_its_value_and_never_a_broken_feed(string file, string text, string expected)
    {
        _site.Write(file, text);

        var (build, context) = SiteBuilder.Build(_site);

        Assert.False(build.Succeeded);
        Assert.StartsWith("content/" + expected, Assert.Single(SiteBuilder.Messages(context)));
    }

    [Fact]
    public void Without_a_base_url_neither_is_written_and_a_warning_says_why()
    {
        _site.Write("site.yml", "title: Test site\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.DoesNotContain(build.Files, f => f.Path is "feed.xml" or "sitemap.xml");
        Assert.Equal(["warning KA0401: site.yml has no 'base-url', so sitemap.xml and feed.xml are not written (they need absolute URLs); set it or pass --base-url."], SiteBuilder.Messages(context));
    }
}
