using System.Text;
using CsCheck;
using KratomArticle.Checking;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Checking;

/// <summary>The fast scan of generated HTML reads the same ids and links as a full HTML parser, or gives the page to the parser.</summary>
public sealed class HtmlLinkScannerTests
{
    private static readonly SourceLinks NoSources = SourceLinks.OfHtmlFile("page.html", "");

    public static TheoryData<string> BuiltSites => ["references", "real"];

    [Theory]
    [MemberData(nameof(BuiltSites))]
    public void Every_generated_page_scans_to_what_the_parser_reads(string which)
    {
        using var site = which == "real" ? TestSite.WithRealContent() : ReferencesArticle.Create();
        var (build, _) = SiteBuilder.Build(site);

        var pages = build.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(pages);
        foreach (var page in pages)
        {
            var scanned = HtmlLinkScanner.Scan(page.Path, page.Content.Span, NoSources);
            Assert.NotNull(scanned);
            AssertSame(PageLinkIndex.Read(page.Path, page.Content.Span, authored: true, NoSources), scanned);
        }
    }

    [Theory]
    [InlineData("<p id=\"a\">x</p><p id=\"a\">y</p><a href=\"#a\">z</a><img src=\"i.png\"><link href=\"s.css\">")]
    [InlineData("<a href=\"a?x=1&amp;y=&lt;2&gt;&quot;&#39;&#x27;\" id=\"caf&#xE9;\">x</a>")]
    [InlineData("<div id=\"x\" id=\"y\"><a href=\"\" src=\"s\">x</a></div>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"<b id=x>\"}</script><title>A <b id=\"t\"></title>")]
    [InlineData("<picture><source srcset=\"a.webp 1x, b%C3%A9.webp 2x,c.webp\"><img src=\"a.png\" srcset=\"d.png 640w, e.png\"></picture>")]
    [InlineData("<ul>\n<li id=\"l\">one</li>\n</ul>\n<table><tbody><tr><td id=\"c\">x</td></tr></tbody></table>")]
    public void Plain_markup_scans_to_what_the_parser_reads(string body)
    {
        var html = Document(body);

        var scanned = HtmlLinkScanner.Scan("page.html", html, NoSources);

        Assert.NotNull(scanned);
        AssertSame(PageLinkIndex.Read("page.html", html, authored: true, NoSources), scanned);
    }

    [Theory]
    [InlineData("<p><b id=\"x\">bold</p><p>more</p>")]
    [InlineData("<p><div id=\"x\">block in a paragraph</div></p>")]
    [InlineData("<a href=\"#a\"><em>x<a href=\"#b\">nested</a></em></a>")]
    [InlineData("<!-- <a href=\"#commented\"> -->")]
    [InlineData("<a href=#unquoted>x</a>")]
    [InlineData("<a HREF=\"#upper\">x</a>")]
    [InlineData("<a href=\"&copy;\">x</a>")]
    [InlineData("<td id=\"outside-a-table\">x</td>")]
    [InlineData("<svg><a href=\"#x\"/></svg>")]
    [InlineData("<li>not in a list</li>")]
    [InlineData("<p><em id=\"e\">x</emx></p><p>y</p>")]
    [InlineData("<template><p id=\"t\">x</p></template>")]
    public void Markup_a_parser_would_reshape_is_left_to_the_parser(string body) =>
        Assert.Null(HtmlLinkScanner.Scan("page.html", Document(body), NoSources));

    [Fact]
    public void Whatever_markup_it_reads_it_reads_as_the_parser_does()
    {
        // Mostly well-formed pieces, which the scan reads, with a little of what it must not misread between them.
        var wellFormed = Gen.OneOf(
            "<p>text</p>", "<p id=\"a\">x</p>", "<em>x</em>", "<em id=\"e\">x</em>", "<b><a href=\"#b\">x</a></b>", "<a href=\"#a\">x</a>", "<div id=\"b\"><span id=\"a\">y</span></div>",
            "<ul><li>x</li></ul>", "<img src=\"i.png\">", "<br/>", "<h2 id=\"h\">x</h2>", "<pre><code>x</code></pre>", "text", " ", "\n",
            "&amp;", "<table><tr><td id=\"c\">x</td></tr></table>", "<script>x</script>", "<p>x<em>y</em >z</p >");
        var noise = Gen.OneOf(
            "<p>", "</p>", "<em>", "<em id=\"f\">", "</em>", "</e>", "</emx>", "</bx>", "</b>", "</em\n>", "</EM>", "</em/>", "</ em>", "</", "</a>", "</div>", "<li>", "</li>",
            "</h2>", "<", ">", "/", "\"", "=");
        var piece = Gen.Frequency((8, wellFormed), (1, noise));
        var scanned = 0;
        piece.Array[0, 30].Select(string.Concat).Sample(body =>
        {
            var html = Document(body);
            if (HtmlLinkScanner.Scan("page.html", html, NoSources) is { } index)
            {
                Interlocked.Increment(ref scanned);
                AssertSame(PageLinkIndex.Read("page.html", html, authored: true, NoSources), index);
            }
        }, iter: 5000);

        Assert.True(scanned > 500, $"Only {scanned} of the texts were scanned rather than left to the parser.");
    }

    private static byte[] Document(string body) =>
        Encoding.UTF8.GetBytes($"<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>T</title></head>\n<body>\n{body}\n</body>\n</html>\n");

    private static void AssertSame(PageLinkIndex expected, PageLinkIndex actual)
    {
        Assert.Equal(expected.Ids.Order(StringComparer.Ordinal), actual.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(expected.DuplicateIds, actual.DuplicateIds);
        Assert.Equal(expected.Links, actual.Links);
    }
}
