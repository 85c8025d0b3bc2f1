using System.Text;
using CsCheck;
using KratomArticle.Markdown;
using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Syntax;

namespace KratomArticle.Tests.Markdown;

/// <summary>
/// A text in which no bare link can start is parsed without the autolink parser, which must give the same tree
/// (every node at the same line, column and span) and the same HTML as the pipeline that has it.
/// </summary>
public sealed class AutoLinkFreeParsingTests
{
    // Words that start with the autolink parser's letters, near-misses of its prefixes, and the markup around them.
    internal static readonly Gen<string> Piece = Gen.OneOf(
        "the", "how", "when", "more", "time", "for", "with", "HTTP", "http", "https", "http:/", "https:/", "ftp", "ftp:/", "www", "ww.",
        "mailto", "mail", "tel", "tel;", "wow.", "hello.", "h", "f", "m", "t", "w", ":", "//", "/", ".", "@", "a@b.org", "example.org",
        " ", " ", " ", "\n", "\n\n", "*", "**", "_", "~~", "(", ")", "[", "]", "[the](page/)", "<em>", "</em>", "`", "> ", "- ", "1. ",
        "# ", "## ", "|", "---", "{#x}", "[^1]", "[^1]: ", "é", "😀");

    private static readonly Gen<string> Text = Piece.Array[0, 60].Select(string.Concat);

    [Fact]
    public void Without_a_bare_link_start_the_tree_and_html_are_those_of_the_full_pipeline()
    {
        var withoutStarts = 0;
        Text.Sample(text =>
        {
            var full = Markdig.Markdown.Parse(text, MarkdownPipelineFactory.Shared);
            var chosen = MarkdownHtml.Parse(text);
            Interlocked.Add(ref withoutStarts, AutoLinkStarts.AnyIn(text) ? 0 : 1);

            Assert.Equal(Describe(full), Describe(chosen));
            Assert.Equal(full.ToHtml(MarkdownPipelineFactory.Shared), chosen.ToHtml(MarkdownPipelineFactory.Shared));
        }, iter: 3000);

        Assert.True(withoutStarts > 500, $"Only {withoutStarts} texts had no bare link start.");
    }

    [Fact]
    public void Every_letter_the_autolink_parser_starts_at_begins_a_known_prefix()
    {
        var builder = new MarkdownPipelineBuilder().UseAutoLinks();
        builder.Build();
        var parser = builder.InlineParsers.Find<AutoLinkParser>();

        Assert.NotNull(parser?.OpeningCharacters);
        Assert.All(parser.OpeningCharacters, c => Assert.Contains(AutoLinkStarts.Prefixes, prefix => prefix[0] == c));
    }

    [Theory]
    [InlineData("http://example.org/a")]
    [InlineData("https://example.org/a")]
    [InlineData("ftp://example.org/a")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("tel:+6421000000")]
    [InlineData("www.example.org")]
    public void Each_prefix_starts_a_link_markdig_makes(string bareLink)
    {
        var text = $"See {bareLink} for more.";

        Assert.True(AutoLinkStarts.AnyIn(text));
        Assert.Contains("<a href=", MarkdownHtml.Parse(text).ToHtml(MarkdownPipelineFactory.Shared), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("See HTTP://example.org")]
    [InlineData("See Www.example.org")]
    [InlineData("A hotel: the one by the sea")]
    public void A_prefix_in_another_case_counts_as_a_start(string text) =>
        Assert.True(AutoLinkStarts.AnyIn(text));

    private static string Describe(MarkdownDocument document)
    {
        var tree = new StringBuilder();
        foreach (var node in document.Descendants())
        {
            tree.Append(node.GetType().Name).Append(' ').Append(node.Line).Append(':').Append(node.Column).Append(' ').Append(node.Span).Append(' ')
                .Append(node is Markdig.Syntax.Inlines.LiteralInline literal ? literal.Content.ToString() : "").Append('\n');
        }

        return tree.ToString();
    }
}
