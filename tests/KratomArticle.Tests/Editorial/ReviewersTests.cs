using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Editorial;

/// <summary>The people in <c>reviewed-by</c> are named in the byline beside the review date, and in the JSON-LD as <c>Person</c> objects.</summary>
public sealed class ReviewersTests : IDisposable
{
    private readonly TestSite _site = ReviewedArticle.Create();

    public void Dispose() => _site.Dispose();

    private static IDocument Build(TestSite site)
    {
        var (build, context) = SiteBuilder.Build(site);
        Assert.DoesNotContain(context.Diagnostics, d => d.Severity == KratomArticle.Engine.Severity.Error);
        return new HtmlParser().ParseDocument(SiteBuilder.Page(build));
    }

    private static JsonDocument JsonLd(IDocument page) =>
        JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);

    [Fact]
    public void The_byline_names_each_reviewer_with_credentials_and_links_the_one_with_a_url()
    {
        var page = Build(_site);

        var byline = Assert.Single(page.QuerySelectorAll(".article-meta .meta-item"), m => m.TextContent.StartsWith("Reviewed by", StringComparison.Ordinal));
        Assert.Equal("Reviewed by Jane Doe, MD, MPH and John Roe, PhD on 15 February 2025", byline.TextContent);
        var link = Assert.Single(byline.QuerySelectorAll("a"));
        Assert.Equal(("https://example.org/jane-doe", "Jane Doe"), (link.GetAttribute("href"), link.TextContent));
        Assert.Equal("2025-02-15", byline.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.DoesNotContain("Last reviewed", page.QuerySelector(".article-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Three_reviewers_are_parted_by_semicolons_as_their_credentials_hold_commas()
    {
        _site.Write("index.md", """
            ---
            title: T
            description: d
            reviewed-by:
              - name: A
                credentials: MD, MPH
              - name: B
              - name: C
                credentials: RN
            ---
            Text.
            """);

        var page = Build(_site);

        Assert.Equal("Reviewed by A, MD, MPH; B; and C, RN", page.QuerySelector(".article-meta .meta-item")?.TextContent);
    }

    [Fact]
    public void The_json_ld_lists_the_reviewers_as_people()
    {
        using var json = JsonLd(Build(_site));

        var people = json.RootElement.GetProperty("reviewedBy").EnumerateArray().ToArray();
        Assert.Equal(2, people.Length);
        Assert.All(people, p => Assert.Equal("Person", p.GetProperty("@type").GetString()));
        Assert.Equal("Jane Doe", people[0].GetProperty("name").GetString());
        Assert.Equal("https://example.org/jane-doe", people[0].GetProperty("url").GetString());
        Assert.Equal("MD, MPH", people[0].GetProperty("honorificSuffix").GetString());
        Assert.Equal("John Roe", people[1].GetProperty("name").GetString());
        Assert.False(people[1].TryGetProperty("url", out _));
        Assert.Equal("PhD", people[1].GetProperty("honorificSuffix").GetString());
        Assert.Equal("2025-02-15", json.RootElement.GetProperty("lastReviewed").GetString());
    }

    [Fact]
    public void Without_reviewed_by_nothing_claims_a_review_by_a_person()
    {
        using var site = ReferencesArticle.Create();

        var page = Build(site);

        Assert.DoesNotContain("Reviewed by", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Last reviewed 15 February 2025", page.QuerySelector(".article-meta")!.TextContent, StringComparison.Ordinal);
        using var json = JsonLd(page);
        Assert.False(json.RootElement.TryGetProperty("reviewedBy", out _));
    }
}
