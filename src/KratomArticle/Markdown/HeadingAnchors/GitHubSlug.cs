using System.Globalization;
using System.Text;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// The id GitHub gives a heading, for text in any script, by github-slugger's rules (the npm package that copies
/// GitHub's): the text is lowercased with full Unicode case mapping, then every character is dropped but letters,
/// marks, decimal and letter numbers, connector punctuation, letters that Unicode files as symbols (circled letters
/// such as Ⓐ), <c>-</c> and the space, and each space becomes <c>-</c>. Characters outside the Basic Multilingual
/// Plane are judged as whole characters, not as halves of a surrogate pair. Other spaces (no-break, ideographic,
/// U+2028, U+2029), other numbers (², ½, ①), symbols and emoji are dropped, as GitHub drops them.
/// </summary>
internal static class GitHubSlug
{
    private const int CapitalSigma = 0x03A3;
    private const int CapitalIWithDotAbove = 0x0130;
    private static readonly Rune FinalSigma = new(0x03C2);
    private static readonly Rune CombiningDotAbove = new(0x0307);

    public static string Of(string text)
    {
        var slug = new StringBuilder(text.Length);
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            // The lower case of 'İ' is two characters, which the invariant culture's one-to-one mapping leaves out.
            if (rune.Value == CapitalIWithDotAbove)
            {
                Append(slug, new Rune('i'));
                Append(slug, CombiningDotAbove);
            }
            else
            {
                Append(slug, rune.Value == CapitalSigma && IsFinalSigma(text, index) ? FinalSigma : Rune.ToLowerInvariant(rune));
            }

            index += rune.Utf16SequenceLength;
        }

        return slug.ToString();
    }

    private static void Append(StringBuilder slug, Rune rune)
    {
        if (rune.Value == ' ')
        {
            slug.Append('-');
        }
        else if (rune.Value == '-' || IsKept(rune))
        {
            Span<char> utf16 = stackalloc char[2];
            slug.Append(utf16[..rune.EncodeToUtf16(utf16)]);
        }
    }

    private static bool IsKept(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation => true,
        UnicodeCategory.OtherSymbol => IsAlphabeticSymbol(rune.Value),
        _ => false,
    };

    /// <summary>The symbols Unicode also counts as alphabetic: circled, parenthesized, squared and negative Latin capitals.</summary>
    private static bool IsAlphabeticSymbol(int value) =>
        value is (>= 0x24B6 and <= 0x24E9) or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189);

    /// <summary>
    /// Unicode's Final_Sigma condition, which full case mapping applies and the invariant culture does not: a capital
    /// sigma that ends a word (a cased letter before it, none after it, case-ignorable characters skipped) becomes 'ς'.
    /// </summary>
    private static bool IsFinalSigma(string text, int index)
    {
        var before = text.AsSpan(0, index);
        while (Rune.DecodeLastFromUtf16(before, out var rune, out var length) == System.Buffers.OperationStatus.Done && IsCaseIgnorable(rune))
        {
            before = before[..^length];
        }

        if (Rune.DecodeLastFromUtf16(before, out var previous, out _) != System.Buffers.OperationStatus.Done || !IsCased(previous))
        {
            return false;
        }

        foreach (var rune in text.AsSpan(index + 1).EnumerateRunes())
        {
            if (!IsCaseIgnorable(rune))
            {
                return !IsCased(rune);
            }
        }

        return true;
    }

    private static bool IsCased(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        || Rune.ToLowerInvariant(rune) != rune || Rune.ToUpperInvariant(rune) != rune;

    /// <summary>Unicode's Case_Ignorable: marks, format characters, modifiers, and the apostrophes and dots that sit inside words.</summary>
    private static bool IsCaseIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol
        || rune.Value is '\'' or '.' or ':' or 0x00B7 or 0x0387 or 0x055F or 0x05F4 or 0x2018 or 0x2019 or 0x2024 or 0x2027
            or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A;
}
