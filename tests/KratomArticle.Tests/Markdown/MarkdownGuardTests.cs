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

    // Each limit at its edge, in a short text and in a text long enough to be read line by line.
    [Theory]
    [InlineData(MarkdownGuard.MaxContainerIndent, true)]
    [InlineData(MarkdownGuard.MaxContainerIndent + 1, false)]
    public void A_list_item_may_be_indented_as_far_as_the_limit(int spaces, bool allowed)
    {
        var item = new string(' ', spaces) + "- item\n";

        AssertAllowedAloneAndAfterLongText(allowed, item);
        // A tab takes the indent to the next multiple of four columns.
        Assert.Equal(allowed, Check("\t" + new string(' ', spaces - 4) + "- item\n").Allowed);
    }

    [Theory]
    [InlineData(MarkdownGuard.MaxQuoteDepth, true)]
    [InlineData(MarkdownGuard.MaxQuoteDepth + 1, false)]
    public void Quotes_may_nest_as_deep_as_the_limit(int depth, bool allowed)
    {
        var quote = new string('>', depth) + " quoted\n";

        AssertAllowedAloneAndAfterLongText(allowed, quote);
    }

    [Theory]
    [InlineData(MarkdownGuard.MaxHtmlDepth, true)]
    [InlineData(MarkdownGuard.MaxHtmlDepth + 1, false)]
    public void Raw_html_may_nest_as_deep_as_the_limit(int depth, bool allowed)
    {
        // Start tags cut off by the end of their line, with no '>' to count as quotes.
        var html = string.Concat(Enumerable.Repeat("<div\n", depth));

        AssertAllowedAloneAndAfterLongText(allowed, html);
    }

    [Theory]
    [InlineData(MarkdownGuard.MaxParagraphLength - 1, true)]
    [InlineData(MarkdownGuard.MaxParagraphLength, false)]
    public void A_paragraph_with_its_line_breaks_may_be_as_long_as_the_limit(int length, bool allowed) =>
        Assert.Equal(allowed, Check(new string('a', length)).Allowed);

    private static void AssertAllowedAloneAndAfterLongText(bool allowed, string markdown)
    {
        Assert.Equal(allowed, Check(markdown).Allowed);
        Assert.Equal(allowed, Check(LongText + markdown).Allowed);
    }

    /// <summary>Short paragraphs, more than the longest paragraph allowed in all, so that the text is read line by line.</summary>
    private static string LongText { get; } = string.Concat(Enumerable.Repeat("A short paragraph of prose.\n\n", MarkdownGuard.MaxParagraphLength / 20));

    private static (bool Allowed, IReadOnlyList<Diagnostic> Diagnostics) Check(string body)
    {
        var context = new BuildContext(new BuildOptions("/site", "/site/content", null, IncludeDrafts: false, DefaultTheme.Instance), BuildLog.Silent);
        var allowed = MarkdownGuard.CheckBeforeParsing(body, "index.md", bodyLine: 10, context);
        return (allowed, context.Diagnostics);
    }
}
