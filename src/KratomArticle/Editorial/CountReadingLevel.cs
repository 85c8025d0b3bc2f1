using System.Text.RegularExpressions;

namespace KratomArticle.Editorial;

/// <summary>
/// Counts the words, sentences and syllables of a paragraph of English prose. A word is a run of characters without
/// white space that holds a letter or a digit. A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> before a capital
/// letter, a digit or the paragraph's end (so "e.g. this" goes on), and a paragraph without one is a sentence, as a
/// list item is. Syllables are counted by the usual rule: groups of vowels, less a silent final <c>e</c>, <c>es</c> or
/// <c>ed</c>, at least one a word. Readability formulas were fitted to counts this rough.
/// </summary>
public static partial class CountReadingLevel
{
    public static ReadingLevel Of(string paragraph)
    {
        var words = 0;
        var syllables = 0;
        var sentences = 0;
        var tokens = paragraph.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (!token.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            words++;
            syllables += token.Split('-', '\u2013', '\u2014', '/').Sum(SyllablesOf);
            if (EndsSentence(token) && (i == tokens.Length - 1 || StartsSentence(tokens[i + 1])))
            {
                sentences++;
            }
        }

        return words == 0 ? ReadingLevel.None : new ReadingLevel(words, Math.Max(1, sentences), syllables);
    }

    public static int SyllablesOf(string word)
    {
        var letters = new string([.. word.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
        if (letters.Length == 0)
        {
            return word.Any(char.IsDigit) ? 1 : 0;
        }

        if (letters.Length <= 3)
        {
            return 1;
        }

        var stem = LeadingY().Replace(SilentEnding().Replace(letters, ""), "");
        return Math.Max(1, VowelGroup().Count(stem));
    }

    private static bool EndsSentence(string token) => token.TrimEnd('"', '\'', ')', ']', '\u201D', '\u2019') is [.., '.' or '!' or '?'];

    private static bool StartsSentence(string token) =>
        token.TrimStart('"', '\'', '(', '[', '\u201C', '\u2018') is [var first, ..] && (char.IsUpper(first) || char.IsDigit(first));

    [GeneratedRegex("(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex("^y")]
    private static partial Regex LeadingY();

    [GeneratedRegex("[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
