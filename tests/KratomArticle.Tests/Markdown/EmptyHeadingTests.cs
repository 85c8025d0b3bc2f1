using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Markdown;

/// <summary>A heading with no text is a warning and is left out of the contents; an image's alt text counts as text.</summary>
public sealed class EmptyHeadingTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    private IDocument Build(params string[] expectedMessages)
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.True(build.Succeeded);
        Assert.Equal(expectedMessages, SiteBuilder.Messages(context));
        return new HtmlParser().ParseDocument(SiteBuilder.Page(build));
    }

    [Fact]
    public void A_heading_with_no_text_is_a_warning_at_its_line_and_gets_no_contents_entry_id_or_permalink()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\nLead.\n");
        _site.Write("01-a.md", "---\ntitle: First\n---\nText.\n\n###\n\nMore text.\n\n  ### ![](chart.png)\n\n### Named\n");
        _site.WriteBytes("chart.png", [0x89, 0x50, 0x4E, 0x47]);

        var document = Build(
            "content/01-a.md(6,1): warning KA0205: This heading has no text, so it cannot be listed in the contents or linked to.",
            "content/01-a.md(10,3): warning KA0205: This heading has no text, so it cannot be listed in the contents or linked to.");

        var tocLinks = document.QuerySelectorAll("nav.toc a").ToArray();
        Assert.NotEmpty(tocLinks);
        Assert.DoesNotContain(tocLinks, a => a.TextContent.Trim().Length == 0);
        Assert.Equal(["#first", "#named"], tocLinks.Select(a => a.GetAttribute("href")).Distinct());
        var h3s = document.QuerySelectorAll("article h3").ToArray();
        Assert.Equal(3, h3s.Length);
        Assert.All(h3s[..2], h => Assert.False(h.HasAttribute("id")));
        Assert.All(h3s[..2], h => Assert.False(h.ParentElement!.ClassList.Contains("heading") || h.NextElementSibling?.Matches(".heading-anchor, .copy-link") == true));
        Assert.Equal("named", h3s[2].Id);
        Assert.NotNull(h3s[2].ParentElement?.QuerySelector("a.heading-anchor[href='#named']"));
    }

    [Fact]
    public void A_heading_that_is_only_an_image_takes_its_id_contents_label_and_permalink_label_from_the_alt_text()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n## ![Doses by week](chart.png)\n");
        _site.WriteBytes("chart.png", [0x89, 0x50, 0x4E, 0x47]);

        var document = Build();

        var heading = document.QuerySelector("article h2#doses-by-week");
        Assert.NotNull(heading);
        Assert.Equal("Doses by week", heading.QuerySelector("img")?.GetAttribute("alt"));
        var tocLink = Assert.Single(document.QuerySelectorAll("nav.toc a[href='#doses-by-week']").Distinct());
        Assert.Equal("Doses by week", tocLink.TextContent.Trim());
        Assert.Equal("Link to section: Doses by week", heading.ParentElement?.QuerySelector("a.heading-anchor")?.GetAttribute("aria-label"));
    }
}
