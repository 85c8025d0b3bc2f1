using KratomArticle.Testing;

namespace KratomArticle.Tests.Checking;

/// <summary>Links and fragments are checked against the built site and reported at their Markdown line.</summary>
public sealed class CheckLinksTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public CheckLinksTests()
    {
        _site.Write("index.md", "---\ntitle: Home\ndescription: d\n---\nLead.\n");
        _site.Write("01-first.md", "---\ntitle: First\n---\n### Details\n");
        _site.Write("guide/index.md", "---\ntitle: Guide\ndescription: d\n---\n## Setup\n");
        _site.Write("images/photo.png", "not really a png");
    }

    public void Dispose() => _site.Dispose();

    private string[] Problems(string markdownBody)
    {
        _site.Write("02-links.md", "---\ntitle: Links\n---\n" + markdownBody);
        var (build, context) = SiteBuilder.Build(_site);
        Assert.Equal(build.Succeeded, context.Diagnostics.IsEmpty);
        return SiteBuilder.Messages(context);
    }

    [Theory]
    [InlineData("[in page](#details)")]
    [InlineData("[section](#first)")]
    [InlineData("[other page](guide/)")]
    [InlineData("[other page, no slash](guide)")]
    [InlineData("[other page fragment](guide/#setup)")]
    [InlineData("[file](guide/index.html#setup)")]
    [InlineData("[root relative](/guide/#setup)")]
    [InlineData("![image](images/photo.png)")]
    [InlineData("[external](https://example.org/missing#nowhere)")]
    [InlineData("[mail](mailto:someone@example.org)")]
    [InlineData("[theme id](#main)")]
    public void Links_that_resolve_pass(string link) => Assert.Empty(Problems(link + "\n"));

    [Fact]
    public void A_missing_fragment_on_the_same_page_is_an_error_at_the_link()
    {
        Assert.Equal(
            ["content/02-links.md(5,5): error KA0501: The link '#detials' points to #detials, but index.html has no element with that id."],
            Problems("\nSee [the details](#detials).\n"));
    }

    [Fact]
    public void A_missing_fragment_on_another_page_is_an_error()
    {
        Assert.Equal(
            ["content/02-links.md(4,1): error KA0501: The link 'guide/#install' points to #install, but guide/index.html has no element with that id."],
            Problems("[guide](guide/#install)\n"));
    }

    [Fact]
    public void A_missing_page_and_a_missing_image_are_errors()
    {
        Assert.Equal(
            [
                "content/02-links.md(4,1): error KA0501: The link 'nowhere/' points to nowhere/index.html, which the site does not have.",
                "content/02-links.md(5,1): error KA0501: The link 'images/missing.png' points to images/missing.png, which the site does not have.",
            ],
            Problems("[gone](nowhere/)\n![lost](images/missing.png)\n"));
    }

    [Fact]
    public void A_duplicate_id_from_raw_html_is_an_error()
    {
        Assert.Equal(
            ["content/index.md(1,1): error KA0502: The id 'details' is used more than once on index.html."],
            Problems("<div id=\"details\">raw</div>\n"));
    }

    [Fact]
    public void No_check_builds_a_site_with_broken_links()
    {
        _site.Write("02-links.md", "---\ntitle: Links\n---\n[gone](#nowhere)\n");

        Assert.Equal(1, CliRun.Start(_site.Root, "build").ExitCode);
        Assert.Equal(0, CliRun.Start(_site.Root, "build", "--no-check").ExitCode);
    }

    [Fact]
    public void The_check_command_writes_nothing_and_exits_1_on_a_broken_fragment()
    {
        _site.Write("02-links.md", "---\ntitle: Links\n---\n[gone](#nowhere)\n");

        var run = CliRun.Start(_site.Root, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/02-links.md(4,1): error KA0501: The link '#nowhere' points to #nowhere, but index.html has no element with that id.", run.ErrorLines);
        Assert.False(Directory.Exists(_site.OutputDirectory));
    }

    [Fact]
    public void The_check_command_passes_the_real_article()
    {
        using var real = TestSite.WithRealContent();

        var run = CliRun.Start(real.Root, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("(?m)^Checked 2 pages and ", run.Out);
        Assert.False(Directory.Exists(real.OutputDirectory));
    }
}
