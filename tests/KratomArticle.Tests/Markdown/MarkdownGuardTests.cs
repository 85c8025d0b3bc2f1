using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Markdown;

/// <summary>What the guard measures before Markdig reads a file: paragraph length outside fenced code, and raw HTML nesting.</summary>
public sealed class MarkdownGuardTests
{
    [Fact]
    public void A_long_fenced_code_block_is_not_a_paragraph()
    {
        var code = string.Concat(Enumerable.Repeat("var x = 1; // a long listing without blank lines\n", 5_000));

        var (allowed, diagnostics) = Check($"Intro.\n\n```csharp\n{code}```\n\nAfter.\n");

        Assert.True(allowed);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void A_long_paragraph_is_reported_at_its_first_line_even_after_a_closed_fence()
    {
        var paragraph = string.Concat(Enumerable.Repeat("word ", 4_000)) + "\n";

        var (allowed, diagnostics) = Check("```\ncode\n```\n\nShort.\n\n" + string.Concat(Enumerable.Repeat(paragraph, 6)));

        Assert.False(allowed);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.MarkdownFailed, diagnostic.Code);
        Assert.Equal(10 + 6, diagnostic.Location?.Line);
    }

    [Fact]
    public void Void_self_closing_and_closed_elements_do_not_deepen_the_nesting()
    {
        var balanced = string.Concat(Enumerable.Repeat("<p>One<br>two<img src=\"a.png\"><svg/><span>three</span></p>\n", 1_000));

        Assert.True(Check(balanced).Allowed);
    }

    [Fact]
    public void Raw_html_nested_past_512_elements_is_reported_at_the_line_that_goes_too_deep()
    {
        var (allowed, diagnostics) = Check(string.Concat(Enumerable.Repeat("<section>\n", 600)));

        Assert.False(allowed);
        Assert.Equal(10 + MarkdownGuard.MaxHtmlDepth, Assert.Single(diagnostics).Location?.Line);
    }

    private static (bool Allowed, IReadOnlyList<Diagnostic> Diagnostics) Check(string body)
    {
        var context = new BuildContext(new BuildOptions("/site", "/site/content", null, IncludeDrafts: false, DefaultTheme.Instance), BuildLog.Silent);
        var allowed = MarkdownGuard.CheckBeforeParsing(body, "index.md", bodyLine: 10, context);
        return (allowed, context.Diagnostics);
    }
}
