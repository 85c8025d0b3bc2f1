using System.Text.Json;
using AngleSharp.Dom;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Rendering;

/// <summary>The canonical link, Open Graph and Twitter tags and the MedicalWebPage JSON-LD come from front matter and site.yml, escaped.</summary>
public sealed class PageMetadataTests : IDisposable
{
    private const string Hostile = "\"></script><script>alert(1)</script>";

    private readonly TestSite _site = ReferencesArticle.Create();

    public void Dispose() => _site.Dispose();

    private IDocument Build() => ErrorFreePage.Build(_site);

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Fact]
    public void Sharing_tags_describe_the_article()
    {
        var page = Build();

        Assert.Equal("https://example.org/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("Caffeine and sleep", Meta(page, "og:title"));
        Assert.Equal("https://example.org/", Meta(page, "og:url"));
        Assert.Equal("A test article with citations in every section.", Meta(page, "og:description"));
        Assert.Equal("2025-01-10", Meta(page, "article:published_time"));
        Assert.Equal("2025-03-01", Meta(page, "article:modified_time"));
        Assert.Equal("summary", Meta(page, "twitter:card"));
        Assert.Equal("Caffeine and sleep", Meta(page, "twitter:title"));
        Assert.Equal("A test article with citations in every section.", Meta(page, "twitter:description"));
    }

    [Fact]
    public void The_json_ld_is_a_medical_web_page_with_its_dates_author_and_language()
    {
        var page = Build();

        using var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("MedicalWebPage", root.GetProperty("@type").GetString());
        Assert.Equal("Caffeine and sleep", root.GetProperty("headline").GetString());
        Assert.Equal("A test article with citations in every section.", root.GetProperty("description").GetString());
        Assert.Equal("Test Author", root.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("2025-01-10", root.GetProperty("datePublished").GetString());
        Assert.Equal("2025-03-01", root.GetProperty("dateModified").GetString());
        Assert.Equal("2025-02-15", root.GetProperty("lastReviewed").GetString());
        Assert.Equal("en", root.GetProperty("inLanguage").GetString());
        Assert.Equal("https://example.org/", root.GetProperty("url").GetString());
    }

    [Fact]
    public void Front_matter_text_cannot_break_out_of_an_attribute_or_the_script_element()
    {
        _site.Write("index.md", $"""
            ---
            title: '{Hostile}'
            description: '{Hostile} & <b>'
            author: '{Hostile}'
            published: 2025-01-10
            ---
            Lead.
            """);

        var page = Build();

        // Only the JSON-LD and the theme's script: no script element was injected.
        Assert.Equal(["application/ld+json", null], page.QuerySelectorAll("script").Select(s => s.GetAttribute("type")));
        Assert.Empty(page.QuerySelector("script:not([type])")!.TextContent);
        Assert.Equal(Hostile, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(Hostile, Meta(page, "og:title"));
        Assert.Equal(Hostile + " & <b>", Meta(page, "og:description"));
        Assert.Equal(Hostile + " & <b>", Meta(page, "description"));
        Assert.Equal(Hostile, Meta(page, "twitter:title"));

        var script = page.QuerySelector("script[type='application/ld+json']")!.TextContent;
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);
        Assert.DoesNotContain(">", script, StringComparison.Ordinal);
        Assert.DoesNotContain("&", script, StringComparison.Ordinal);
        Assert.Contains("\\u003C/script\\u003E", script, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(script);
        Assert.Equal(Hostile, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(Hostile + " & <b>", json.RootElement.GetProperty("description").GetString());
        Assert.Equal(Hostile, json.RootElement.GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void Without_a_base_url_there_is_no_canonical_link_og_url_or_feed_link()
    {
        _site.Write("site.yml", "title: Test site\n");

        var page = Build();

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(Meta(page, "og:url"));
        Assert.Null(page.QuerySelector("link[rel=alternate]"));
        Assert.Equal("Caffeine and sleep", Meta(page, "og:title"));
    }

    [Fact]
    public void The_head_links_the_favicon_feed_and_theme_colours()
    {
        var page = Build();

        Assert.Matches(@"^favicon\.[0-9a-f]{10}\.svg$", page.QuerySelector("link[rel=icon][type='image/svg+xml']")?.GetAttribute("href"));
        Assert.Equal("feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")?.GetAttribute("href"));
        Assert.Equal(2, page.QuerySelectorAll("meta[name=theme-color][media]").Length);
    }
}
