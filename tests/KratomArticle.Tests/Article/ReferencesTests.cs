using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Article;

/// <summary>Footnotes from every file of a page, and the front matter's references, become one numbered References section.</summary>
public sealed class ReferencesTests : IDisposable
{
    private readonly TestSite _site = ReferencesArticle.Create();

    public void Dispose() => _site.Dispose();

    private IDocument BuildPage()
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.Empty(context.Diagnostics);
        return new HtmlParser().ParseDocument(SiteBuilder.Page(build));
    }

    [Fact]
    public void Footnotes_are_numbered_across_the_page_and_gathered_at_the_end_after_the_sections()
    {
        var page = BuildPage();

        var citations = page.QuerySelectorAll("sup.citation a").Select(a => (a.Id, a.GetAttribute("href"), a.TextContent)).ToArray();
        Assert.Equal(
            [
                ("cite:1", "#ref:1", "1"),
                ("cite:2", "#ref:2", "2"),
                ("cite:3", "#ref:3", "3"),
                ("cite:2:2", "#ref:2", "2"),
                ("cite:4", "#ref:4", "4"),
            ],
            citations);
        Assert.Empty(page.QuerySelectorAll(".footnotes, [id^='fn:'], [id^='fnref:']"));

        var references = Assert.Single(page.QuerySelectorAll("section.references"));
        Assert.Equal("References", references.QuerySelector("h2#references")?.TextContent);
        Assert.Same(references, page.QuerySelectorAll("article section")[^1]);
        var entries = references.QuerySelectorAll("ol > li").ToArray();
        Assert.Equal(["ref:1", "ref:2", "ref:3", "ref:4", "ref:5", "ref:6"], entries.Select(e => e.Id));
        Assert.StartsWith("Smith J. Coffee habits. Journal of Tests. 2020.", entries[0].TextContent.Trim());
        Assert.Equal("Journal of Tests", entries[0].QuerySelector("em")?.TextContent);
        Assert.Contains("First section's footnote.", entries[1].TextContent);
        Assert.Equal("https://example.org/peak", entries[2].QuerySelector("a[href^='https']")?.GetAttribute("href"));
        Assert.Contains("Second section's footnote", entries[3].TextContent);
    }

    [Fact]
    public void Every_citation_and_back_link_points_at_exactly_one_element()
    {
        var page = BuildPage();

        var backLinks = page.QuerySelectorAll("section.references a.back-link").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["#cite:1", "#cite:2", "#cite:2:2", "#cite:3", "#cite:4"], backLinks);
        foreach (var href in backLinks.Concat(page.QuerySelectorAll("sup.citation a").Select(a => a.GetAttribute("href")!)))
        {
            Assert.Single(page.All, e => e.Id == href[1..]);
        }

        var ids = page.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(page.QuerySelectorAll("a.back-link"), a => Assert.False(string.IsNullOrEmpty(a.GetAttribute("aria-label"))));
    }

    [Fact]
    public void Front_matter_references_follow_the_footnotes_with_their_links_and_no_back_links()
    {
        var page = BuildPage();

        var listed = page.QuerySelectorAll("section.references li").Skip(4).ToArray();
        Assert.Equal("World Health Organization. Caffeine fact sheet. 2024. https://example.org/who/caffeine", listed[0].TextContent.Trim());
        Assert.Equal("https://example.org/who/caffeine", listed[0].QuerySelector("a.reference-url")?.GetAttribute("href"));
        Assert.Equal("A printed handbook with no web address.", listed[1].TextContent.Trim());
        Assert.All(listed, li => Assert.Null(li.QuerySelector("a.back-link")));
    }

    [Fact]
    public void The_table_of_contents_ends_with_the_references()
    {
        var page = BuildPage();

        var entries = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(["#effects", "#details", "#advice", "#notes", "#references"], entries);
    }

    [Fact]
    public void Front_matter_references_alone_make_a_references_section()
    {
        _site.Write("01-effects.md", "---\ntitle: Effects\n---\nNo citations here.\n");
        _site.Write("02-advice.md", "---\ntitle: Advice\n---\nNone here either.\n");
        _site.Write("index.md", "---\ntitle: T\ndescription: D\nreferences:\n  - text: Only source.\n---\nLead.\n");

        var page = BuildPage();

        Assert.Equal(["ref:1"], page.QuerySelectorAll("section.references li").Select(li => li.Id));
        Assert.Empty(page.QuerySelectorAll("sup.citation"));
    }

    [Fact]
    public void A_page_without_citations_has_no_references_section()
    {
        _site.Write("index.md", "---\ntitle: T\ndescription: D\n---\nLead with an unused definition.\n\n[^x]: Never cited.\n");
        _site.Write("01-effects.md", "---\ntitle: Effects\n---\nNo citations here.\n");
        _site.Write("02-advice.md", "---\ntitle: Advice\n---\nNone here either.\n");

        var page = BuildPage();

        Assert.Null(page.QuerySelector("#references"));
    }

    [Fact]
    public void A_heading_called_references_steps_around_the_sections_id()
    {
        _site.Write("02-advice.md", "---\ntitle: References\n---\nText.[^1]\n\n[^1]: Note.\n");

        var page = BuildPage();

        Assert.NotNull(page.QuerySelector("h2#references-1"));
        Assert.NotNull(page.QuerySelector("section.references > h2#references"));
    }

    [Fact]
    public void An_explicit_heading_id_that_a_reference_takes_is_an_error()
    {
        _site.Write("02-advice.md", "---\ntitle: Advice\n---\n### Sources {#ref:1}\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.False(build.Succeeded);
        Assert.Equal(["content/02-advice.md(4,1): error KA0203: The id 'ref:1' is already used on this page; give this heading another id."], SiteBuilder.Messages(context));
    }

    [Theory]
    [InlineData("references:\n  - url: https://example.org/\n", "content/index.md(5,5): error KA0102: The required key 'text' is missing.")]
    [InlineData("references:\n  - text: A\n    url: not a url\n", "content/index.md(6,10): error KA0104: 'url' must be an absolute http or https URL, not 'not a url'.")]
    [InlineData("references:\n  - just text\n", "content/index.md(5,5): error KA0104: Each item of 'references' must be a mapping of keys and values.")]
    [InlineData("references: text\n", "content/index.md(4,13): error KA0104: 'references' must be a list.")]
    [InlineData("references:\n  - text: A\n    link: https://example.org/\n", "content/index.md(6,5): warning KA0105: Unknown key 'link' is ignored (known keys: text, url, doi, pmid).")]
    public void Malformed_references_are_reported_at_their_place_in_the_file(string yaml, string message)
    {
        _site.Write("index.md", "---\ntitle: T\ndescription: D\n" + yaml + "---\nLead.\n");

        var (_, context) = SiteBuilder.Build(_site);

        Assert.Equal([message], SiteBuilder.Messages(context));
    }
}
