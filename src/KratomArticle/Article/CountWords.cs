namespace KratomArticle.Article;

/// <summary>Counts the words of a text, for a page's reading time.</summary>
internal static class CountWords
{
    private const ulong AsciiWhiteSpace = (1UL << '\t') | (1UL << '\n') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    /// <summary>The number of runs of non-white-space characters, as <c>string.Split</c> with no separators counts them.</summary>
    public static int In(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // char.IsWhiteSpace, with the ASCII answer from a bit mask: tab to carriage return, and space.
            var white = c <= ' ' ? ((AsciiWhiteSpace >> c) & 1) != 0 : c >= '\u0085' && char.IsWhiteSpace(c);
            words += !white && !inWord ? 1 : 0;
            inWord = !white;
        }

        return words;
    }
}
