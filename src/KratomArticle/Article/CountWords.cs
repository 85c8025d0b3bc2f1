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

        // Sixteen characters at a time: a bit per white-space character, and a word starts at each bit clear after a set one.
        const int Block = 2 * 8;
        for (; Vector128.IsHardwareAccelerated && i + Block <= chars.Length; i += Block)
        {
            var low = Vector128.Create(chars.Slice(i, Block / 2));
            var high = Vector128.Create(chars.Slice(i + (Block / 2), Block / 2));
            if (Vector128.GreaterThanOrEqualAny(low | high, Vector128.Create((ushort)FirstOtherWhiteSpace)))
            {
                words += CountScalar(text.AsSpan(i, Block), ref previousWhite);
                continue;
            }

            // Each lane of a comparison is all ones or all zeros, so narrowing to bytes keeps the answer, and takes one instruction to read as bits.
            var whiteBits = Vector128.Narrow(IsAsciiWhiteSpace(low), IsAsciiWhiteSpace(high)).ExtractMostSignificantBits();
            var starts = ~whiteBits & ((whiteBits << 1) | (previousWhite ? 1u : 0u)) & ((1u << Block) - 1);
            words += BitOperations.PopCount(starts);
            previousWhite = (whiteBits >> (Block - 1)) != 0;
        }

        return words + CountScalar(text.AsSpan(i), ref previousWhite);
    }

    private static Vector128<ushort> IsAsciiWhiteSpace(Vector128<ushort> chars) =>
        Vector128.Equals(chars, Vector128.Create((ushort)' '))
        | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'\t'), Vector128.Create((ushort)('\r' - '\t')));

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
