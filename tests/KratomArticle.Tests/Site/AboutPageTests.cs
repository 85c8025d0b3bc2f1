using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Site;

/// <summary>The real site's "About this site" page, linked from every page's footer, and the review cycle its article follows.</summary>
public sealed class AboutPageTests
{
    private static IDocument Parse(KratomArticle.SiteBuild build, string path) => new HtmlParser().ParseDocument(SiteBuilder.Page(build, path));

    [Fact]
    public void Every_page_of_the_real_site_links_the_about_page_from_its_footer()
    {
        using var site = TestSite.WithRealContent();

        var (build, context) = SiteBuilder.Build(site);

        Assert.True(build.Succeeded, string.Join('\n', SiteBuilder.Messages(context)));
        foreach (var (path, href) in new[] { ("index.html", "about/"), ("about/index.html", "../about/"), ("404.html", "/about/") })
        {
            var link = Parse(build, path).QuerySelectorAll("footer a").SingleOrDefault(a => a.TextContent == "About this site");
            Assert.True(link is not null, path);
            Assert.Equal(href, link.GetAttribute("href"));
        }
    }

    [Fact]
    public void The_about_page_says_who_publishes_how_it_is_reviewed_paid_for_and_private_and_how_to_report_errors()
    {
        using var site = TestSite.WithRealContent();

        var (build, _) = SiteBuilder.Build(site);

        var about = Parse(build, "about/index.html");
        Assert.Equal("About this site", about.QuerySelector("h1")?.TextContent);
        Assert.Equal(
            ["Who publishes this site", "How articles are written and reviewed", "Funding, advertising and sponsorship", "Privacy", "Report an error"],
            about.QuerySelectorAll("article h2").Select(h => h.TextContent));
        var text = about.QuerySelector("article")!.TextContent;
        Assert.Contains("no clinician has reviewed the article on this site yet", text, StringComparison.Ordinal);
        Assert.Contains("no funding, no advertising and no sponsorship", text, StringComparison.Ordinal);
        Assert.Contains("sets no cookies and does not track you", text, StringComparison.Ordinal);
        Assert.Contains("open an issue in the KratomArticle project's repository", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed by", about.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_article_shows_its_next_review_from_review_every_and_claims_no_review_by_a_person()
    {
        using var site = TestSite.WithRealContent();

        var (build, _) = SiteBuilder.Build(site);

        var article = Parse(build, "index.html");
        var meta = article.QuerySelector(".article-meta")!;
        Assert.Contains("Last reviewed 25 November 2026", meta.TextContent, StringComparison.Ordinal);
        Assert.Contains("Next review due 25 November 2027", meta.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Reviewed by", article.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("reviewedBy", article.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_without_an_about_page_has_no_footer_link_to_one()
    {
        using var site = ReferencesArticle.Create();

        var (build, _) = SiteBuilder.Build(site);

        Assert.DoesNotContain(Parse(build, "index.html").QuerySelectorAll("footer a"), a => a.TextContent == "About this site");
    }
}
