using KratomArticle.Testing;

namespace KratomArticle.Tests.Content;

/// <summary>Every front matter problem is reported at its line and column in the file, and the build produces nothing.</summary>
public sealed class FrontMatterErrorTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    private string[] BuildErrors()
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.False(build.Succeeded);
        return SiteBuilder.Messages(context);
    }

    [Fact]
    public void Malformed_yaml_is_reported_at_its_file_line_and_column()
    {
        _site.Write("index.md", "---\ntitle: Fine\ndescription: also fine\nauthor: [unclosed\n---\nBody\n");

        Assert.Equal(["content/index.md(4,9): error KA0101: The list opened here is never closed with ']'."], BuildErrors());
    }

    [Fact]
    public void A_bad_mapping_indent_is_reported_on_the_line_it_happens()
    {
        _site.Write("index.md", "---\ntitle: Fine\ndescription: x\n  author: nested: wrong\n---\n");

        var message = Assert.Single(BuildErrors());

        Assert.Matches(@"^content/index\.md\(4,\d+\): error KA0101: ", message);
    }

    [Fact]
    public void A_missing_required_key_names_the_key_at_the_start_of_the_front_matter()
    {
        _site.Write("index.md", "---\ntitle: Only a title\n---\nBody\n");

        Assert.Equal(["content/index.md(2,1): error KA0102: The required key 'description' is missing."], BuildErrors());
    }

    [Fact]
    public void A_duplicate_key_is_reported_on_its_second_occurrence()
    {
        _site.Write("index.md", "---\ntitle: One\ndescription: d\ntitle: Two\n---\n");

        Assert.Equal(["content/index.md(4,1): error KA0103: The key 'title' is given twice (first on line 2); keep one."], BuildErrors());
    }

    [Fact]
    public void A_section_without_a_title_is_an_error_in_the_section_file()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n");
        _site.Write("01-first.md", "---\nid: first\n---\nText\n");

        Assert.Equal(["content/01-first.md(2,1): error KA0102: The required key 'title' is missing."], BuildErrors());
    }

    [Fact]
    public void Two_sections_with_the_same_number_are_an_error_naming_both_files()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n");
        _site.Write("01-first.md", "---\ntitle: First\n---\n");
        _site.Write("01-second.md", "---\ntitle: Second\n---\n");

        Assert.Equal(["content/01-second.md(1,1): error KA0201: Section number 1 is also used by 01-first.md; give each section its own number."], BuildErrors());
    }

    [Fact]
    public void A_wrong_date_is_reported_at_the_value()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\npublished: yesterday\n---\n");

        Assert.Equal(["content/index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not 'yesterday'."], BuildErrors());
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported_at_its_opening_fence()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n\n# A heading\n");

        Assert.Equal(["content/index.md(1,1): error KA0106: The front matter opened on line 1 is never closed: add a line with '---' after the last key."], BuildErrors());
    }

    [Fact]
    public void Every_error_of_the_run_is_listed_not_just_the_first()
    {
        _site.Write("index.md", "---\ntitle: Page\n---\n");
        _site.Write("01-a.md", "---\ntitle: A\nupdated: soon\n---\n");
        _site.Write("02-b.md", "---\nid: b\n---\n");

        Assert.Equal(
            [
                "content/01-a.md(3,1): warning KA0105: Unknown key 'updated' is ignored (known keys: title, id, toc-title, draft).",
                "content/02-b.md(2,1): error KA0102: The required key 'title' is missing.",
                "content/index.md(2,1): error KA0102: The required key 'description' is missing.",
            ],
            BuildErrors());
    }

    [Fact]
    public void An_unknown_key_is_a_warning_at_the_key_and_the_build_succeeds()
    {
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\nauthr: Someone\n---\nBody\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Equal(
            ["content/index.md(4,1): warning KA0105: Unknown key 'authr' is ignored (known keys: title, description, author, published, updated, reviewed, disclaimer, references, reviewed-by, next-review, draft, image, image-alt)."],
            SiteBuilder.Messages(context));
    }

    [Fact]
    public void Positions_count_lines_in_the_file_even_with_crlf_line_endings_and_a_bom()
    {
        _site.WriteBytes("index.md", [0xEF, 0xBB, 0xBF, .. "---\r\ntitle: Page\r\ndescription: d\r\npublished: 2024-13-01\r\n---\r\n"u8]);

        Assert.Equal(["content/index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not '2024-13-01'."], BuildErrors());
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\f")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void Every_line_break_a_text_may_use_ends_a_line(string lineBreak)
    {
        _site.Write("index.md", string.Join(lineBreak, "---", "title: Page", "description: d", "published: 2024-13-01", "---", "Body"));

        Assert.Equal(["content/index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not '2024-13-01'."], BuildErrors());
    }

    [Fact]
    public void Site_settings_errors_name_site_yml()
    {
        _site.Write("site.yml", "description: no title\n");
        _site.Write("index.md", "---\ntitle: Page\ndescription: d\n---\n");

        Assert.Equal(["content/site.yml(1,1): error KA0102: The required key 'title' is missing."], BuildErrors());
    }
}
