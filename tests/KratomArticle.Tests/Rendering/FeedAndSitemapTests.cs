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
        Assert.Equal("https://example.org/", feed.Element(Atom + "id")?.Value);
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
    public void The_sitemap_gives_each_page_its_last_modified_date()
    {
        _site.Write("undated.md", "---\ntitle: About\ndescription: No dates.\n---\nText.\n");

        var urls = Read("sitemap.xml").Root!.Elements(Sitemap + "url").ToArray();

        Assert.Equal(["https://example.org/", "https://example.org/undated/"], urls.Select(u => u.Element(Sitemap + "loc")?.Value));
        Assert.Equal(["2025-03-01", null], urls.Select(u => u.Element(Sitemap + "lastmod")?.Value));
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
