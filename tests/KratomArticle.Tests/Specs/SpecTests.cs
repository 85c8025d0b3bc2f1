using KratomArticle.Testing;

namespace KratomArticle.Tests.Specs;

/// <summary>Every example of every spec file in <c>Specs/</c>, built as a page of a site and compared with its expected output.</summary>
public sealed class SpecTests
{
    private const string FrontMatter = "---\ntitle: Spec\ndescription: Spec\n---\n";
    private const string LeadStart = "<div class=\"article-lead\">";
    private const string ReferencesStart = "<ol class=\"reference-list\">";
    private const string ReferencesEnd = "</ol></section>";
    private const string BackToTop = "<p class=\"back-to-top\">";

    public static TheoryData<string, int, int> Examples()
    {
        var cases = new TheoryData<string, int, int>();
        foreach (var example in SpecFile.Names.SelectMany(SpecFile.Read))
        {
            cases.Add(example.File, example.Number, example.Line);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, int number, int line)
    {
        var example = SpecFile.Read(file)[number - 1];
        Assert.Equal(line, example.Line);

        Assert.Equal(example.Expected.TrimEnd('\n'), Output(example.Markdown).TrimEnd('\n'));
    }

    [Fact]
    public void Every_spec_file_has_examples_and_every_example_its_two_parts()
    {
        var files = SpecFile.Names.ToList();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.All(SpecFile.Read(file), e => Assert.False(string.IsNullOrWhiteSpace(e.Markdown + e.Expected))));
    }

    /// <summary>
    /// What a page made of <paramref name="markdown"/> comes to: the diagnostics of its build, one a line, then, when the
    /// build succeeded, the HTML of the page's lead and of its list of References, as the site's file holds them.
    /// </summary>
    private static string Output(string markdown)
    {
        using var site = TestSite.Empty();
        site.Write("index.md", markdown.StartsWith("---\n", StringComparison.Ordinal) ? markdown : FrontMatter + markdown);
        var (build, context) = SiteBuilder.Build(site);

        var diagnostics = string.Concat(SiteBuilder.Messages(context).Select(m => m + "\n"));
        return build.Succeeded ? diagnostics + Body(SiteBuilder.Page(build)) : diagnostics;
    }

    /// <summary>The lead's HTML, up to the theme's <c>&lt;/div&gt;</c> that closes it, and the References list, if any, on a line after it.</summary>
    private static string Body(string page)
    {
        var leadStart = page.IndexOf(LeadStart, StringComparison.Ordinal) + LeadStart.Length;
        var references = page.IndexOf(ReferencesStart, leadStart, StringComparison.Ordinal);
        var afterLead = references >= 0 ? references : page.IndexOf(BackToTop, leadStart, StringComparison.Ordinal);
        var lead = page[leadStart..page.LastIndexOf("</div>", afterLead, StringComparison.Ordinal)];
        return references < 0
            ? lead
            : lead.TrimEnd('\n') + "\n" + page[references..(page.IndexOf(ReferencesEnd, references, StringComparison.Ordinal) + "</ol>".Length)];
    }
}
