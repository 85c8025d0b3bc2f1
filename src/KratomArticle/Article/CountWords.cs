using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KratomArticle.Article;

/// <summary>Counts the words of a text, for a page's reading time.</summary>
internal static class CountWords
{
    private const ulong AsciiWhiteSpace = (1UL << '\t') | (1UL << '\n') | (1UL << '\v') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    /// <summary>The first character <c>char.IsWhiteSpace</c> may call white space beyond tab to carriage return and space.</summary>
    private const char FirstOtherWhiteSpace = '\u0085';

    /// <summary>The number of runs of non-white-space characters, as <c>string.Split</c> with no separators counts them.</summary>
    public static int In(string text)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        var words = 0;
        var previousWhite = true;
        var i = 0;

        // Eight characters at a time: a bit per white-space character, and a word starts at each bit clear after a set one.
        for (; Vector128.IsHardwareAccelerated && i + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
        {
            var block = Vector128.Create(chars.Slice(i, Vector128<ushort>.Count));
            if (Vector128.GreaterThanOrEqualAny(block, Vector128.Create((ushort)FirstOtherWhiteSpace)))
            {
                words += CountScalar(text.AsSpan(i, Vector128<ushort>.Count), ref previousWhite);
                continue;
            }

            var white = Vector128.Equals(block, Vector128.Create((ushort)' '))
                | Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));
            var whiteBits = white.ExtractMostSignificantBits();
            var starts = ~whiteBits & ((whiteBits << 1) | (previousWhite ? 1u : 0u)) & ((1u << Vector128<ushort>.Count) - 1);
            words += BitOperations.PopCount(starts);
            previousWhite = (whiteBits >> (Vector128<ushort>.Count - 1)) != 0;
        }

        return words + CountScalar(text.AsSpan(i), ref previousWhite);
    }

    private static int CountScalar(ReadOnlySpan<char> text, ref bool previousWhite)
    {
        var words = 0;
        foreach (var c in text)
        {
            // char.IsWhiteSpace, with the ASCII answer from a bit mask: tab to carriage return, and space.
            var white = c <= ' ' ? ((AsciiWhiteSpace >> c) & 1) != 0 : c >= FirstOtherWhiteSpace && char.IsWhiteSpace(c);
            words += !white && previousWhite ? 1 : 0;
            previousWhite = white;
        }

        return words;
    }
}
