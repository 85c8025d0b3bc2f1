using CsCheck;
using KratomArticle.Article;

namespace KratomArticle.Tests.Article;

/// <summary>The word count of the reading time agrees with <c>string.Split</c> on any text, whichever path counts it.</summary>
public sealed class CountWordsTests
{
    // Words, ASCII and other white space, and characters at the edges of the ASCII test (0x84, 0x85, 0xA0).
    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (10, Gen.Char['a', 'z'].Array[1, 9].Select(c => new string(c))),
        (6, Gen.OneOf(" ", "  ", "\n", "\n\n", "\t", "\r\n", "\v", "\f")),
        (1, Gen.OneOf("\u0084", "\u0085", "\u00A0", "\u1680", "\u2003", "\u2028", "\u3000", "\u200B", "é", "😀", "\u001C")));

    [Fact]
    public void Counts_as_split_does()
    {
        Piece.Array[0, 80].Select(string.Concat).Sample(text =>
            Assert.Equal(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length, CountWords.In(text)), iter: 5000);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("        one", 1)]
    [InlineData("one two three four five six seven eight", 8)]
    [InlineData("abcdefgh ijklmnop", 2)]
    [InlineData("abcdefghijklmno pqrstuvwxyzabcdefghij", 2)]
    [InlineData("abcdefg\u00A0hijklmnop qrs", 3)]
    public void Counts_words_across_blocks_of_sixteen(string text, int words) =>
        Assert.Equal(words, CountWords.In(text));
}
