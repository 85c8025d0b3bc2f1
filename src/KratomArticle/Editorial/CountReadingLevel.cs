using System.Buffers;

namespace KratomArticle.Editorial;

/// <summary>
/// Counts the words, sentences and syllables of a paragraph of English prose. A word is a run of characters without
/// white space that holds a letter or a digit. A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> before a capital
/// letter, a digit or the paragraph's end (so "e.g. this" goes on), and a paragraph without one is a sentence, as a
/// list item is. Syllables are counted by the usual rule: groups of vowels, less a silent final <c>e</c>, <c>es</c> or
/// <c>ed</c>, at least one a word. Readability formulas were fitted to counts this rough.
/// </summary>
/// <remarks>It runs on every paragraph of every page, so it reads spans and allocates nothing.</remarks>
internal static class CountReadingLevel
{
    private const int LettersOnStack = 128;

    /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> accepts, to find words with a vectorised search.</summary>
    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>What splits a word into parts whose syllables are counted apart: hyphens, dashes and slashes.</summary>
    private static readonly SearchValues<char> WordJoiners = SearchValues.Create("-\u2013\u2014/");

    /// <summary>The letters before a silent <c>e</c> or <c>es</c> that keep it silent: any but <c>l</c> and the vowels.</summary>
    private static readonly SearchValues<char> NotBeforeSilentE = SearchValues.Create("laeiouy");

    public static ReadingLevel Of(string paragraph)
    {
        var words = 0;
        var syllables = 0;
        var sentences = 0;
        var rest = paragraph.AsSpan();
        var token = NextToken(ref rest);
        while (!token.IsEmpty)
        {
            var next = NextToken(ref rest);
            if (HasLetterOrDigit(token))
            {
                words++;
                syllables += SyllablesOfParts(token);
                if (EndsSentence(token) && (next.IsEmpty || StartsSentence(next)))
                {
                    sentences++;
                }
            }

            token = next;
        }

        return words == 0 ? ReadingLevel.None : new ReadingLevel(words, Math.Max(1, sentences), syllables);
    }

    public static int SyllablesOf(string word) => SyllablesOf(word.AsSpan());

    private static int SyllablesOf(ReadOnlySpan<char> word)
    {
        char[]? rented = null;
        var buffer = word.Length <= LettersOnStack ? stackalloc char[word.Length] : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        var count = length switch
        {
            0 => HasDigit(word) ? 1 : 0,
            <= 3 => 1,
            _ => Math.Max(1, VowelGroups(Stem(buffer[..length]))),
        };
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return count;
    }

    /// <summary>The letters without a silent ending (<c>Xes</c>, <c>ed</c>, <c>Xe</c>, X not <c>l</c> or a vowel) and a leading <c>y</c>.</summary>
    private static ReadOnlySpan<char> Stem(ReadOnlySpan<char> letters)
    {
        var n = letters.Length;
        if (letters.EndsWith("es") && !NotBeforeSilentE.Contains(letters[n - 3]))
        {
            letters = letters[..(n - 3)];
        }
        else if (letters.EndsWith("ed"))
        {
            letters = letters[..(n - 2)];
        }
        else if (letters[n - 1] == 'e' && !NotBeforeSilentE.Contains(letters[n - 2]))
        {
            letters = letters[..(n - 2)];
        }

        return letters is ['y', .. var afterY] ? afterY : letters;
    }

    /// <summary>Runs of vowels, each counted in groups of at most two.</summary>
    private static int VowelGroups(ReadOnlySpan<char> letters)
    {
        // A word is a few letters long: a plain loop beats a vectorised search here.
        var groups = 0;
        var run = 0;
        foreach (var c in letters)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y')
            {
                run++;
            }
            else
            {
                groups += (run + 1) / 2;
                run = 0;
            }
        }

        return groups + ((run + 1) / 2);
    }

    private static int SyllablesOfParts(ReadOnlySpan<char> token)
    {
        if (!token.ContainsAny(WordJoiners))
        {
            return SyllablesOf(token);
        }

        var syllables = 0;
        foreach (var part in token.SplitAny(WordJoiners))
        {
            syllables += SyllablesOf(token[part]);
        }

        return syllables;
    }

    /// <summary>The next run of characters without white space, taken off the front of <paramref name="rest"/>; empty at the end.</summary>
    private static ReadOnlySpan<char> NextToken(ref ReadOnlySpan<char> rest)
    {
        var start = rest.IndexOfAnyExcept(WhiteSpace);
        if (start < 0)
        {
            rest = [];
            return [];
        }

        rest = rest[start..];
        var end = rest.IndexOfAny(WhiteSpace) is var space and >= 0 ? space : rest.Length;
        var token = rest[..end];
        rest = rest[end..];
        return token;
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsSentence(ReadOnlySpan<char> token) => token.TrimEnd("\"')]\u201D\u2019") is [.., '.' or '!' or '?'];

    private static bool StartsSentence(ReadOnlySpan<char> token) =>
        token.TrimStart("\"'([\u201C\u2018") is [var first, ..] && (char.IsUpper(first) || char.IsDigit(first));
}
