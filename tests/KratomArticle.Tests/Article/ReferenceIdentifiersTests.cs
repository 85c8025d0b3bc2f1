using System.Text.Json;
using AngleSharp.Dom;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Article;

/// <summary>References give a DOI or a PubMed id as well as, or instead of, a URL; each becomes a link, and every reference a JSON-LD citation.</summary>
public sealed class ReferenceIdentifiersTests : IDisposable
{
    private readonly TestSite _site = ReviewedArticle.Create();

    public void Dispose() => _site.Dispose();

    private IDocument Build() => ErrorFreePage.Build(_site);

    [Fact]
    public void A_doi_and_a_pmid_link_to_their_resolvers_with_the_identifier_shown()
    {
        var entries = Build().QuerySelectorAll("section.references ol > li").ToArray();

        Assert.Equal(3, entries.Length);
        Assert.Equal(
            "Smith J, et al. Caffeine use and mood. Journal of Example Studies. 2021;12(3):45-67. DOI: 10.1000/xyz123",
            Normalize(entries[0].TextContent));
        Assert.Equal([("https://doi.org/10.1000/xyz123", "10.1000/xyz123")], Links(entries[0]));
        Assert.Equal("Doe A. Adenosine pharmacology. Example Reviews. 2019. PMID: 31234567", Normalize(entries[1].TextContent));
        Assert.Equal([("https://pubmed.ncbi.nlm.nih.gov/31234567/", "31234567")], Links(entries[1]));
        Assert.Equal([("https://example.org/who/caffeine", "https://example.org/who/caffeine")], Links(entries[2]));
    }

    [Fact]
    public void A_reference_may_give_a_url_a_doi_and_a_pmid_together_and_a_doi_is_escaped_in_its_link()
    {
        _site.Write("index.md", """
            ---
            title: T
            description: d
            references:
              - text: Old paper.
                url: https://example.org/old
                doi: 10.1002/(SICI)1097-4636#x
                pmid: 123
            ---
            Text.
            """);

        var entry = Assert.Single(Build().QuerySelectorAll("section.references ol > li"));

        Assert.Equal(
            [
                ("https://example.org/old", "https://example.org/old"),
                ("https://doi.org/10.1002/%28SICI%291097-4636%23x", "10.1002/(SICI)1097-4636#x"),
                ("https://pubmed.ncbi.nlm.nih.gov/123/", "123"),
            ],
            Links(entry));
    }

    [Fact]
    public void The_json_ld_lists_every_reference_as_a_creative_work_with_its_identifiers()
    {
        var page = Build();

        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var citations = json.RootElement.GetProperty("citation").EnumerateArray().ToArray();
        Assert.Equal(3, citations.Length);
        Assert.All(citations, c => Assert.Equal("CreativeWork", c.GetProperty("@type").GetString()));
        Assert.Equal("Smith J, et al. Caffeine use and mood. Journal of Example Studies. 2021;12(3):45-67.", citations[0].GetProperty("name").GetString());
        Assert.Equal("https://doi.org/10.1000/xyz123", citations[0].GetProperty("url").GetString());
        var doi = Assert.Single(citations[0].GetProperty("identifier").EnumerateArray());
        Assert.Equal(("PropertyValue", "DOI", "10.1000/xyz123"), (doi.GetProperty("@type").GetString(), doi.GetProperty("propertyID").GetString(), doi.GetProperty("value").GetString()));
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/31234567/", citations[1].GetProperty("url").GetString());
        var pmid = Assert.Single(citations[1].GetProperty("identifier").EnumerateArray());
        Assert.Equal(("PMID", "31234567"), (pmid.GetProperty("propertyID").GetString(), pmid.GetProperty("value").GetString()));
        Assert.Equal("World Health Organization. Caffeine fact sheet. 2024.", citations[2].GetProperty("name").GetString());
        Assert.Equal("https://example.org/who/caffeine", citations[2].GetProperty("url").GetString());
        Assert.False(citations[2].TryGetProperty("identifier", out _));
    }

    [Fact]
    public void Footnotes_keep_their_numbers_before_the_listed_references_and_are_not_citations()
    {
        _site.Write("01-effects.md", "---\ntitle: Effects\n---\nCaffeine blocks adenosine.[^1]\n\n[^1]: A footnote.\n");

        var page = Build();

        var entries = page.QuerySelectorAll("section.references ol > li").ToArray();
        Assert.Equal(["ref:1", "ref:2", "ref:3", "ref:4"], entries.Select(e => e.Id));
        Assert.Equal("A footnote.", Normalize(entries[0].TextContent).TrimEnd('\u21A9', '\uFE0E').Trim());
        Assert.Equal("#ref:1", page.QuerySelector("sup.citation a")?.GetAttribute("href"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(3, json.RootElement.GetProperty("citation").GetArrayLength());
    }

    private static (string?, string)[] Links(IElement entry) =>
        [.. entry.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent))];

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
