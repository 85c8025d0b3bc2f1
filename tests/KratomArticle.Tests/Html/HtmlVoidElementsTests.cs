using System.Text;
using AngleSharp.Html.Parser;
using KratomArticle.Checking;
using KratomArticle.Engine;
using KratomArticle.Html;
using KratomArticle.Markdown;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Html;

/// <summary>One list of void elements, the one an HTML parser follows, shared by the link scan and the raw HTML depth guard.</summary>
public sealed class HtmlVoidElementsTests
{
    public static TheoryData<string> Names => [.. HtmlVoidElements.Names.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Names))]
    public void A_parser_nests_nothing_inside_a_void_element(string name)
    {
        var document = new HtmlParser().ParseDocument($"<body><div id=\"outer\"><{name}>text</div></body>");

        var outer = document.GetElementById("outer")!;
        Assert.Equal("text", outer.TextContent);
        Assert.All(outer.Children, child => Assert.Empty(child.ChildNodes));
    }

    [Fact]
    public void The_list_holds_every_void_element_of_the_html_standard() =>
        Assert.All(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"], name => Assert.True(HtmlVoidElements.Contains(name), name));

    [Theory]
    [InlineData("div")]
    [InlineData("span")]
    [InlineData("p")]
    [InlineData("command")]
    public void A_parser_nests_inside_other_elements_and_the_list_leaves_them_out(string name)
    {
        var document = new HtmlParser().ParseDocument($"<body><div id=\"outer\"><{name}>text</div></body>");

        Assert.Equal("text", document.GetElementById("outer")!.Children.Single().TextContent);
        Assert.False(HtmlVoidElements.Contains(name));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_depth_guard_does_not_count_a_void_element_in_any_case(string name)
    {
        var body = string.Concat(Enumerable.Repeat($"<{name.ToUpperInvariant()}>\n<{name}>\n", MarkdownGuard.MaxHtmlDepth));

        Assert.True(CheckBeforeParsing(body));
    }

    [Fact]
    public void The_depth_guard_counts_other_elements_in_any_case() =>
        Assert.False(CheckBeforeParsing(string.Concat(Enumerable.Repeat("<SPAN>\n", MarkdownGuard.MaxHtmlDepth + 1))));

    [Theory]
    [MemberData(nameof(Names))]
    public void The_link_scan_does_not_wait_for_a_void_elements_end_tag(string name)
    {
        // A col is read only inside a table, as a parser reads it.
        var markup = name == "col" ? "<table><colgroup><col></colgroup></table>" : $"<div><{name}></div>";
        var html = Encoding.UTF8.GetBytes($"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>T</title></head>\n<body>\n{markup}<a href=\"#x\" id=\"x\">x</a>\n</body>\n</html>\n");

        var scanned = HtmlLinkScanner.Scan("page.html", html, SourceLinks.OfHtmlFile("page.html", ""));

        Assert.NotNull(scanned);
        Assert.Equal(["#x"], scanned.Links);
    }

    private static bool CheckBeforeParsing(string body)
    {
        var context = new BuildContext(new BuildOptions("/site", "/site/content", null, IncludeDrafts: false, DefaultTheme.Instance), BuildLog.Silent);
        return MarkdownGuard.CheckBeforeParsing(body, "index.md", bodyLine: 1, context);
    }
}
