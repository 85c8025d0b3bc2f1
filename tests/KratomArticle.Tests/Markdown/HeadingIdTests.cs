using AngleSharp.Html.Parser;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Markdown;

/// <summary>Heading ids: GitHub's slugs, unique across every file of a page.</summary>
public sealed class HeadingIdTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("Hello World", "hello-world")]
    [InlineData("Kratom's Impact: Mechanisms & Evidence", "kratoms-impact-mechanisms--evidence")]
    [InlineData("Ünïcödé Straße", "ünïcödé-straße")]
    [InlineData("  Trailing spaces  ", "trailing-spaces")]
    [InlineData("C# and F#?", "c-and-f")]
    [InlineData("under_score and hy-phen", "under_score-and-hy-phen")]
    [InlineData("!!!", "section")]
    public void Slugs_follow_github(string text, string slug) => Assert.Equal(slug, HeadingIdAllocator.Slugify(text));

    [Fact]
    public void Repeated_headings_get_numbered_suffixes_in_page_order()
    {
        var allocator = new HeadingIdAllocator([]);

        Assert.Equal(["notes", "notes-1", "notes-2"], [allocator.Allocate("Notes"), allocator.Allocate("Notes"), allocator.Allocate("Notes")]);
    }

    [Fact]
    public void Generated_ids_step_around_the_themes_own_ids()
    {
        var allocator = new HeadingIdAllocator(DefaultTheme.Instance.ReservedIds);

        Assert.Equal("main-1", allocator.Allocate("Main"));
    }

    [Fact]
    public void Ids_are_unique_across_the_lead_and_every_section_and_explicit_ids_win()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n## Risks\n");
        _site.Write("01-a.md", "---\ntitle: Risks\n---\n### Details\n### Details\n");
        _site.Write("02-b.md", "---\ntitle: B\n---\n### Details {#details}\n### `code` in *heading*\n");

        var (build, context) = SiteBuilder.Build(_site);
        Assert.Empty(context.Diagnostics);
        var document = new HtmlParser().ParseDocument(SiteBuilder.Page(build));

        var headings = document.QuerySelectorAll("article h2[id], article h3[id]").Select(h => h.Id).ToArray();
        Assert.Equal(["risks", "risks-1", "details-1", "details-2", "b", "details", "code-in-heading"], headings);
        var codeHeading = document.GetElementById("code-in-heading")!;
        Assert.Equal("code", codeHeading.QuerySelector("code")?.TextContent);
        Assert.Equal("heading", codeHeading.QuerySelector("em")?.TextContent);
    }

    [Fact]
    public void A_section_id_from_front_matter_is_used_as_given()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n");
        _site.Write("01-a.md", "---\ntitle: A long title\nid: short\n---\n");

        var (build, _) = SiteBuilder.Build(_site);

        Assert.NotNull(new HtmlParser().ParseDocument(SiteBuilder.Page(build)).QuerySelector("h2#short"));
    }

    [Fact]
    public void The_same_explicit_id_twice_is_an_error_at_the_second_heading()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n## One {#dup}\n");
        _site.Write("01-a.md", "---\ntitle: A\n---\n\n### Two {#dup}\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.False(build.Succeeded);
        Assert.Equal(["content/01-a.md(5,1): error KA0203: The id 'dup' is already used on this page; give this heading another id."], SiteBuilder.Messages(context));
    }
}
