using System.Text;

namespace KratomArticle.Markdown;

/// <summary>
/// Whether a text holds the start of a bare link, as Markdig's autolink extension reads one: a <c>http://</c>,
/// <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c> or <c>www.</c>. It answers "yes" a little more often than
/// Markdig links, never less: for a scheme followed by any <c>:</c>, and for any of them in another case.
/// </summary>
internal static class AutoLinkStarts
{
    public static readonly IReadOnlyList<string> Prefixes = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    /// <summary>The prefixes that end in <c>:</c> (or <c>://</c>), up to it: <c>http</c>, <c>mailto</c>…</summary>
    private static readonly string[] Schemes = [.. Prefixes.Where(p => p.Contains(':')).Select(p => p[..p.IndexOf(':')])];

    /// <summary>The prefix that ends in <c>.</c>, up to it: <c>www</c>.</summary>
    private static readonly string Host = Prefixes.Single(p => p.EndsWith('.'))[..^1];

    /// <remarks>
    /// Each <c>:</c> and <c>.</c> is found by a vectorised search, and the few letters before it compared. A search for the
    /// prefixes themselves, as a set or in any case, is not vectorised in the native executable, and took longer than the parse.
    /// </remarks>
    public static bool AnyIn(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOfAny(':', '.'); at >= 0; at = NextAfter(text, at))
        {
            if (text[at] == '.' ? EndsWith(text[..at], Host) : EndsWithScheme(text[..at]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextAfter(ReadOnlySpan<char> text, int at) =>
        text[(at + 1)..].IndexOfAny(':', '.') is var next and >= 0 ? at + 1 + next : -1;

    private static bool EndsWithScheme(ReadOnlySpan<char> text)
    {
        foreach (var scheme in Schemes)
        {
            if (EndsWith(text, scheme))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWith(ReadOnlySpan<char> text, string word) =>
        text.Length >= word.Length && Ascii.EqualsIgnoreCase(text[^word.Length..], word);
}
