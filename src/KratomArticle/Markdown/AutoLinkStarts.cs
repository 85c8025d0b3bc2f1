using System.Buffers;

namespace KratomArticle.Markdown;

/// <summary>
/// Whether a text holds the start of a bare link, as Markdig's autolink extension reads one: a <c>http://</c>,
/// <c>https://</c>, <c>ftp://</c>, <c>mailto:</c>, <c>tel:</c> or <c>www.</c>. Matched in any case, which Markdig does not
/// link, so that the answer can only err towards "yes".
/// </summary>
internal static class AutoLinkStarts
{
    public static readonly IReadOnlyList<string> Prefixes = ["http://", "https://", "ftp://", "mailto:", "tel:", "www."];

    private static readonly SearchValues<string> Starts = SearchValues.Create([.. Prefixes], StringComparison.OrdinalIgnoreCase);

    public static bool AnyIn(ReadOnlySpan<char> text) => text.ContainsAny(Starts);
}
