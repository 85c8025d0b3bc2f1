using KratomArticle.Markdown;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Corpus;

/// <summary>
/// The pathological inputs of cmark's test suite, whose time grows with the square of their length in many Markdown
/// parsers (in Markdig: unclosed links, runs of backticks, link reference definitions; in the link check's HTML parser:
/// deep raw HTML). Each is refused at once with the place to fix, and the worst input short of the limits still builds.
/// </summary>
public sealed class PathologicalMarkdownTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(90);

    private const string TooLong = "This paragraph is longer than 100,000 characters, which takes Markdown too long to read; break it up with blank lines.";

    private const string TooDeep = "Raw HTML is nested more than 512 elements deep here; close some elements (browsers stop nesting at 512 too).";

    public static TheoryData<string, string, int, string> Cases => new()
    {
        { "nested strong emph", Repeat("*a **a ", 65_000) + "b" + Repeat(" a** a*", 65_000), 5, TooLong },
        { "many emph closers with no openers", Repeat("a_ ", 65_000), 5, TooLong },
        { "many link openers with no closers", Repeat("[a", 65_000), 5, TooLong },
        { "mismatched openers and closers", Repeat("*a_ ", 50_000), 5, TooLong },
        { "nested brackets", Repeat("[", 50_000) + "a" + Repeat("]", 50_000), 5, TooLong },
        { "backticks", string.Concat(Enumerable.Range(1, 3_000).Select(n => "e" + new string('`', n))), 5, TooLong },
        { "unclosed links", Repeat("[a](b", 50_000), 5, TooLong },
        { "many references", "Text.\n\n" + string.Concat(Enumerable.Range(1, 100_000).Select(n => $"[{n}]: u\n")), 7, TooLong },
        { "nested divs in one block", Repeat("<div>", 50_000), 5, TooLong },
        { "nested divs in separate blocks", Repeat("<div>\n\n", 50_000), 5 + 2 * MarkdownGuard.MaxHtmlDepth, TooDeep },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_at_the_line_to_fix(string name, string body, int line, string message)
    {
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ntitle: Pathological\ndescription: d\n---\n" + body + "\n");

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 1, name);
        Assert.Equal($"content/index.md({line},1): error KA0301: {message}", Assert.Single(run.ErrorLines, l => l.Contains(": error ", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task The_slowest_input_just_short_of_the_limits_builds()
    {
        using var site = TestSite.Empty();
        var unclosedLinks = Repeat("[a](b", (MarkdownGuard.MaxParagraphLength - 100) / 5);
        var deepHtml = Repeat("<div>", MarkdownGuard.MaxHtmlDepth) + "deep" + Repeat("</div>", MarkdownGuard.MaxHtmlDepth);
        site.Write("index.md", $"---\ntitle: Nearly\ndescription: d\n---\n{unclosedLinks}\n\n{deepHtml}\n");

        var run = await BuildWithinLimit(site);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("[a](b[a](b", site.ReadOutput("index.html"));
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static async Task<CliRun> BuildWithinLimit(TestSite site) =>
        await Task.Run(() => CliRun.Start(site.Root, "build")).WaitAsync(Limit, TestContext.Current.CancellationToken);
}
