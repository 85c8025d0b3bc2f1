using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Corpus;

/// <summary>
/// Bad and strange input, run end to end through the real command: each case either fails with exactly the
/// diagnostics in its <c>expected.txt</c> and writes nothing, or builds a correct site. None may crash or hang.
/// </summary>
public sealed class CorpusTests
{
    // A guard against hangs, generous for a busy two-core machine; the cases take well under ten seconds.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    public static TheoryData<string> InvalidCases => CorpusCase.Names("invalid");

    public static TheoryData<string> ValidCases => CorpusCase.Names("valid");

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public async Task Invalid_input_fails_with_its_expected_diagnostics_and_writes_nothing(string name)
    {
        var corpusCase = new CorpusCase("invalid", name);
        using var site = TestSite.WithContentFrom(corpusCase.ContentDirectory);

        var run = await BuildWithinLimit(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(corpusCase.ExpectedDiagnostics, run.ErrorLines.Where(l => !l.StartsWith("Build failed", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.OutputDirectory));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Theory]
    [MemberData(nameof(ValidCases))]
    public async Task Strange_but_valid_input_builds_a_site_whose_links_and_ids_hold(string name)
    {
        var corpusCase = new CorpusCase("valid", name);
        using var site = TestSite.WithContentFrom(corpusCase.ContentDirectory);

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 0, run.Error);
        SiteAssertions.LinksAndIdsHold(site.OutputDirectory);
    }

    [Fact]
    public async Task A_20_megabyte_markdown_file_builds()
    {
        using var site = TestSite.Empty();
        var paragraph = "Lorem ipsum dolor sit amet, *consectetur* adipiscing `elit`, sed do eiusmod tempor.\n\n";
        site.Write("index.md", "---\ntitle: Big\ndescription: d\n---\n" + string.Concat(Enumerable.Repeat(paragraph, 20_000_000 / paragraph.Length)));

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(new FileInfo(Path.Combine(site.OutputDirectory, "index.html")).Length > 20_000_000);
    }

    [Fact]
    public async Task Ten_thousand_headings_get_ten_thousand_unique_ids_and_toc_entries()
    {
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ntitle: Many\ndescription: d\n---\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"## Heading {i % 100}\n\nText.\n\n")));

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 0, run.Error);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("index.html"));
        Assert.Equal(10_000, page.QuerySelectorAll("article h2[id]").Select(h => h.Id).Distinct().Count());
        Assert.Equal(10_000, page.QuerySelectorAll("nav a[href^='#']").Length);
    }

    [Fact]
    public async Task Lists_nested_5000_levels_deep_are_refused_at_the_first_line_too_deep()
    {
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ntitle: Deep\ndescription: d\n---\n" + string.Concat(Enumerable.Range(0, 5000).Select(i => new string(' ', 2 * i) + "- item\n")));

        var run = await BuildWithinLimit(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("content/index.md(134,1): error KA0301: Lists or quotes are nested too deeply here (a list item indented 258 columns); flatten the nesting.", run.ErrorLines[0]);
    }

    [Fact]
    public async Task A_symbolic_link_loop_in_the_content_folder_is_skipped()
    {
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ntitle: Loop\ndescription: d\n---\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "loop"), site.ContentDirectory);
        File.CreateSymbolicLink(Path.Combine(site.ContentDirectory, "outside.md"), "/etc/hostname");

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Empty(Directory.GetDirectories(site.OutputDirectory));
        Assert.Equal(1, run.Out.Count(c => c == '\n'));
        Assert.StartsWith("Built 1 page ", run.Out);
    }

    private static async Task<CliRun> BuildWithinLimit(TestSite site) =>
        await Task.Run(() => CliRun.Start(site.Root, "build")).WaitAsync(Limit, TestContext.Current.CancellationToken);
}
