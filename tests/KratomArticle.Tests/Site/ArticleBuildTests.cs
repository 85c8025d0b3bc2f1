using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Site;

/// <summary>The real content, built by the real command into a temporary folder and read back as a browser would.</summary>
public sealed partial class ArticleBuildTests : IClassFixture<ArticleBuildTests.BuiltArticle>
{
    private readonly BuiltArticle _built;

    public ArticleBuildTests(BuiltArticle built) => _built = built;

    private IDocument Page => _built.Page;

    [Fact]
    public void The_build_succeeds_and_writes_the_site_files()
    {
        Assert.Equal(0, _built.Run.ExitCode);
        Assert.Matches(@"^Built 2 pages \(\d+ files\) into output with 0 warnings in \d+ ms\.$", _built.Run.Out.Trim());
        foreach (var file in new[] { "index.html", "404.html", "sitemap.xml", "robots.txt" })
        {
            Assert.True(File.Exists(Path.Combine(_built.Site.OutputDirectory, file)), file);
        }

        Assert.Single(Directory.GetFiles(_built.Site.OutputDirectory, "site.*.css"));
    }

    [Fact]
    public void The_page_is_a_complete_html5_document()
    {
        Assert.Equal("html", Page.Doctype?.Name);
        Assert.Equal("en", Page.DocumentElement.GetAttribute("lang"));
        Assert.False(string.IsNullOrWhiteSpace(Page.Title));
        Assert.False(string.IsNullOrWhiteSpace(Page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Contains("width=device-width", Page.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        var stylesheet = Page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.True(File.Exists(Path.Combine(_built.Site.OutputDirectory, stylesheet)), stylesheet);
    }

    [Fact]
    public void Every_toc_link_resolves_to_exactly_one_element()
    {
        var links = Page.QuerySelectorAll("nav a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToArray();

        Assert.True(links.Length >= 4);
        foreach (var id in links)
        {
            Assert.Single(Page.All, e => e.Id == id);
        }
    }

    [Fact]
    public void The_toc_lists_every_section_and_h3_heading_in_order_inside_a_named_nav()
    {
        var nav = Assert.Single(Page.QuerySelectorAll("nav"), n => n.QuerySelector("a[href^='#']") is not null);
        var labelledBy = nav.GetAttribute("aria-labelledby");
        Assert.False(string.IsNullOrWhiteSpace(labelledBy is null ? nav.GetAttribute("aria-label") : Page.GetElementById(labelledBy)?.TextContent));

        var headings = Page.QuerySelectorAll("article h2[id], article h3[id]").Select(h => "#" + h.Id);
        Assert.Equal(headings, nav.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_sections_are_the_three_source_sections_and_the_conclusion()
    {
        var titles = Page.QuerySelectorAll("article h2").Select(h => h.QuerySelector(".heading-anchor") is { } anchor ? h.TextContent.Replace(anchor.TextContent, "").Trim() : h.TextContent.Trim());

        Assert.Equal(
            [
                "Understanding Impulsivity and Emotional Responses: The Role of Neurotransmitters",
                "Kratom's Impact on Impulse Control: Mechanisms and Evidence",
                "Integrating Kratom into a Holistic Approach for Managing Impulsive Behavior and Emotional Reactions",
                "Conclusion",
            ],
            titles);
    }

    [Fact]
    public void Every_heading_has_a_unique_id_and_a_labelled_permalink_to_itself()
    {
        var headings = Page.QuerySelectorAll("article h2, article h3, article h4").ToArray();
        Assert.NotEmpty(headings);
        foreach (var heading in headings)
        {
            Assert.False(string.IsNullOrEmpty(heading.Id), heading.OuterHtml);
            Assert.Single(Page.All, e => e.Id == heading.Id);
            var anchor = heading.ParentElement!.QuerySelector("a.heading-anchor");
            Assert.NotNull(anchor);
            Assert.Equal("#" + heading.Id, anchor.GetAttribute("href"));
            Assert.StartsWith("Link to section: ", anchor.GetAttribute("aria-label"));
        }
    }

    [Fact]
    public void Every_paragraph_of_the_markdown_appears_word_for_word_in_the_page()
    {
        var pageParagraphs = Page.QuerySelectorAll("article p").Select(p => Fold(p.TextContent)).ToHashSet();
        // The article's own files: index.md and its numbered sections (about.md is a page of its own).
        var sourceParagraphs = Directory.GetFiles(Path.Combine(_built.Site.ContentDirectory), "*.md")
            .Where(file => Path.GetFileName(file) is "index.md" or [>= '0' and <= '9', ..])
            .SelectMany(file => BodyOf(File.ReadAllText(file)).Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
            .Select(Fold)
            .Where(p => p.Length > 0)
            .ToArray();

        Assert.True(sourceParagraphs.Length >= 8);
        Assert.All(sourceParagraphs, paragraph => Assert.Contains(paragraph, pageParagraphs));
    }

    [Fact]
    public void The_disclaimer_is_shown_before_the_first_section()
    {
        var disclaimer = Page.QuerySelector("article .disclaimer");
        Assert.NotNull(disclaimer);
        Assert.Contains("not medical advice", disclaimer.TextContent);
        var firstSection = Page.QuerySelector("article h2")!;
        Assert.Equal(DocumentPositions.Following, disclaimer.CompareDocumentPosition(firstSection) & DocumentPositions.Following);
    }

    private static string BodyOf(string markdown) => markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public sealed class BuiltArticle : IDisposable
    {
        public BuiltArticle()
        {
            Run = CliRun.Start(Site.Root, "build");
            Page = new HtmlParser().ParseDocument(Site.ReadOutput("index.html"));
        }

        public TestSite Site { get; } = TestSite.WithRealContent();

        public CliRun Run { get; }

        public IDocument Page { get; }

        public void Dispose() => Site.Dispose();
    }
}
