using KratomArticle.Checking;
using KratomArticle.Engine;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Checking;

/// <summary>
/// A broken link is reported where it was written, whatever its encoding and whether it was written as Markdown or as
/// raw HTML inside the Markdown, in a section's file and in a page's lead; only the theme's own links at the theme's file.
/// </summary>
public sealed class LinkSourceTests : IDisposable
{
    private const string SectionFile = "02-links.md";
    private const string SectionFrontMatter = "---\ntitle: Links\n---\n";
    private const string LeadFrontMatter = "---\ntitle: Home\ndescription: d\n---\n";

    private readonly TestSite _site = TestSite.Empty();

    public LinkSourceTests()
    {
        _site.Write("index.md", LeadFrontMatter + "Lead.\n");
        _site.Write("01-first.md", "---\ntitle: First\n---\n### Details\n");
        _site.Write("images/photo.png", "not really a png");
    }

    public void Dispose() => _site.Dispose();

    private string[] Problems()
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.False(build.Succeeded);
        return SiteBuilder.Messages(context);
    }

    public static TheoryData<string, int, int, string> Links => new()
    {
        // The Markdown, the line (from the body's first) and column it starts at, and the URL the message names.
        { "See [the page](/café/).", 1, 5, "/café/" },
        { "See [the page](/caf%C3%A9/).", 1, 5, "/caf%C3%A9/" },
        { "See [the page](naïve/ \"title\").", 1, 5, "naïve/" },
        { "See [the page](../é/).", 1, 5, "../é/" },
        { "See [the page](</a b/>).", 1, 5, "/a b/" },
        { "See [a query](/gone/?a=1&amp;b=2).", 1, 5, "/gone/?a=1&b=2" },
        { "See [an escape](/gone\\_too/).", 1, 5, "/gone_too/" },
        { "See ![a picture](images/café.png).", 1, 5, "images/café.png" },
        { "Text first,\nthen [a link](/zürich/) on line two.", 2, 6, "/zürich/" },
        { "See [ref][r].\n\n[r]: /référence/", 1, 5, "/référence/" },
        { "See <a href=\"/naïve/\">raw</a>.", 1, 5, "/naïve/" },
        { "See <a href=\"/na%C3%AFve/\">raw</a>.", 1, 5, "/na%C3%AFve/" },
        { "See <a href=\"/caf&eacute;/\">raw</a>.", 1, 5, "/café/" },
        { "See <a href=\"/caf&#xE9;/\">raw</a>.", 1, 5, "/café/" },
        { "See <a href=\"/gone/?a=1&amp;b=2\">raw</a>.", 1, 5, "/gone/?a=1&b=2" },
        { "See <a href='#details'>raw</a> or <img src=\"images/lost.png\" alt=\"lost\">.", 1, 35, "images/lost.png" },
        { "<div class=\"note\">\n  <p>See <a href=\"/gone/\">this</a>.</p>\n</div>", 2, 10, "/gone/" },
        { "<picture>\n  <source srcset=\"images/wide.webp 2x, images/photo.png 1x\">\n  <img src=\"images/photo.png\" alt=\"A photo\">\n</picture>", 2, 3, "images/wide.webp" },
        { "- A list:\n\n  <img src=\"/élan.png\" alt=\"x\">", 3, 3, "/élan.png" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_broken_link_in_a_section_is_reported_at_its_line_and_column(string markdown, int line, int column, string url)
    {
        _site.Write(SectionFile, SectionFrontMatter + markdown + "\n");

        var problem = Assert.Single(Problems());

        Assert.StartsWith($"content/{SectionFile}({3 + line},{column}): error KA0501: The link '{url}' points to ", problem);
    }

    [Theory]
    [MemberData(nameof(Links))]
    public void A_broken_link_in_a_pages_lead_is_reported_at_its_line_and_column(string markdown, int line, int column, string url)
    {
        _site.Write("index.md", LeadFrontMatter + "Lead.\n\n" + markdown + "\n");

        var problem = Assert.Single(Problems());

        Assert.StartsWith($"content/index.md({6 + line},{column}): error KA0501: The link '{url}' points to ", problem);
    }

    [Fact]
    public void The_same_broken_url_written_twice_is_reported_at_each_place_in_order()
    {
        _site.Write("index.md", LeadFrontMatter + "Lead [one](/gone/).\n");
        _site.Write(SectionFile, SectionFrontMatter + "Then <a href=\"/gone/\">two</a>\nand [three](/go%6Ee/).\n");

        Assert.Equal(
            [
                "content/02-links.md(4,6): error KA0501: The link '/gone/' points to gone/index.html, which the site does not have.",
                "content/02-links.md(5,5): error KA0501: The link '/go%6Ee/' points to gone/index.html, which the site does not have.",
                "content/index.md(5,6): error KA0501: The link '/gone/' points to gone/index.html, which the site does not have.",
            ],
            Problems());
    }

    [Fact]
    public void A_broken_link_in_the_front_matters_disclaimer_is_reported_at_the_pages_file()
    {
        _site.Write("index.md", "---\ntitle: Home\ndescription: d\ndisclaimer: Read [the policy](/politique/).\n---\nLead.\n");

        Assert.Equal(
            ["content/index.md(1,1): error KA0501: The link '/politique/' points to politique/index.html, which the site does not have."],
            Problems());
    }

    [Fact]
    public void A_broken_link_in_an_html_file_of_the_content_is_reported_at_its_element()
    {
        _site.Write("extra.html", "<!doctype html>\n<title>Extra</title>\n<p>See\n   <img alt=\"x\" src=\"images/%C3%A9t%C3%A9.png\"></p>\n");

        Assert.Equal(
            ["content/extra.html(4,4): error KA0501: The link 'images/%C3%A9t%C3%A9.png' points to images/été.png, which the site does not have."],
            Problems());
    }

    [Fact]
    public void The_three_links_of_a_line_in_the_real_article_are_each_reported_at_their_own_column()
    {
        using var real = TestSite.WithRealContent();
        var conclusion = Path.Combine(real.ContentDirectory, "04-conclusion.md");
        var lines = File.ReadAllLines(conclusion).ToList();
        while (lines.Count < 9)
        {
            lines.Add("");
        }

        lines.Insert(9, "See [the café page](/café/) and [the other page](/other/) and <a href=\"/naïve/\">raw</a>.");
        File.WriteAllLines(conclusion, lines);

        var run = CliRun.Start(real.Root, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "content/04-conclusion.md(10,5): error KA0501: The link '/café/' points to café/index.html, which the site does not have.",
                "content/04-conclusion.md(10,33): error KA0501: The link '/other/' points to other/index.html, which the site does not have.",
                "content/04-conclusion.md(10,63): error KA0501: The link '/naïve/' points to naïve/index.html, which the site does not have.",
            ],
            run.ErrorLines.Where(l => l.Contains("KA0501", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_broken_link_the_theme_wrote_is_reported_at_the_themes_file()
    {
        // The theme's real 404 page, checked against the site without its stylesheet: the link to it is the theme's.
        var (build, _) = SiteBuilder.Build(_site);
        var notFound = build.Files.Single(f => f.Path == "404.html");
        var stylesheet = build.Files.Single(f => f.Path.EndsWith(".css", StringComparison.Ordinal)).Path;
        var index = new SiteLinkIndex();
        var page = PageLinkIndex.Read("404.html", notFound.Content.Span, authored: false, SourceLinks.OfTheme("404.html", "themes/Default/NotFoundPage.razor"));
        index.Add(page);
        var context = new BuildContext(new BuildOptions(_site.Root, _site.ContentDirectory, null, false, DefaultTheme.Instance), BuildLog.Silent);

        var check = new CheckLinks(new LinkTargets(path => path != stylesheet && build.Output.ContainsKey(path), index), "/").Run(page, context);

        Assert.Equal(
            [$"themes/Default/NotFoundPage.razor(1,1): error KA0501: The link '/{stylesheet}' (in the theme's markup) points to {stylesheet}, which the site does not have."],
            check.Problems.Select(d => d.Format("content/")));
        Assert.Contains(stylesheet, check.Targets);
    }
}
