using Markdig.Syntax;

namespace KratomArticle.Markdown;

/// <summary>
/// Attributes at the end of a heading that Markdig leaves in its text. It refuses an id or class of one character
/// (<c>{#a}</c>, <c>{.b}</c>), and with it the whole <c>{…}</c>, which then reads as text.
/// </summary>
internal static class UnreadAttributes
{
    /// <summary>
    /// The <c>{…}</c> left at the end of a heading's text, when the heading's source ends with it too: braces written in a
    /// code span, escaped or as entities end the text alike, and are what the author meant.
    /// </summary>
    /// <param name="body">The Markdown the heading was parsed from.</param>
    /// <param name="text">The heading's text, as <see cref="MarkdownHtml.InlineText"/> gives it.</param>
    public static string? In(HeadingBlock heading, string body, string text) =>
        AtEndOf(text) is { } braces && EndsUnescaped(SourceText(heading, body), braces) ? braces : null;

    /// <returns>The <c>{…}</c> that ends <paramref name="text"/> and holds a one-character id or class; otherwise <see langword="null"/>.</returns>
    public static string? AtEndOf(string text)
    {
        if (!text.EndsWith('}') || text.LastIndexOf('{') is not (var open and >= 0))
        {
            return null;
        }

        var braces = text[open..];
        var parts = braces[1..^1].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(part => part is ['#' or '.', _]) ? braces : null;
    }

    /// <summary>Whether <paramref name="source"/> ends with <paramref name="braces"/>, its <c>{</c> not escaped by an odd run of backslashes.</summary>
    private static bool EndsUnescaped(ReadOnlySpan<char> source, string braces)
    {
        if (!source.EndsWith(braces, StringComparison.Ordinal))
        {
            return false;
        }

        var before = source[..^braces.Length];
        var backslashes = before.Length - before.TrimEnd('\\').Length;
        return backslashes % 2 == 0;
    }

    /// <summary>The heading's text as written: an ATX heading's line without its closing <c>#</c>s, a setext heading's lines without the underline.</summary>
    private static ReadOnlySpan<char> SourceText(HeadingBlock heading, string body)
    {
        var source = body.AsSpan(heading.Span.Start, heading.Span.Length).TrimEnd();
        return heading.IsSetext
            ? source[..Math.Max(source.LastIndexOf('\n'), 0)].TrimEnd()
            : source.TrimEnd('#').TrimEnd();
    }
}
