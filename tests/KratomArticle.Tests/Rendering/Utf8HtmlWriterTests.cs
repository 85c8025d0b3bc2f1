using System.Text;
using CsCheck;
using KratomArticle.Rendering;

namespace KratomArticle.Tests.Rendering;

/// <summary>The theme's writer gives the bytes UTF-8 gives the whole text, however the text is cut into writes.</summary>
public sealed class Utf8HtmlWriterTests
{
    // ASCII, two- and three-byte characters, a pair of surrogates (which a cut may split) and lone halves of one.
    private static readonly Gen<string> Piece = Gen.Frequency<string>(
        (10, Gen.Char[' ', '~'].Array[1, 6].Select(c => new string(c))),
        (2, Gen.OneOf("é", "ß", "—", "中", "\u00A0")),
        (2, Gen.OneOf("😀", "🇳🇿")),
        (1, Gen.OneOf("\uD83D", "\uDE00")));

    [Fact]
    public void Writes_what_utf8_encodes_however_the_text_is_cut()
    {
        Gen.Select(Piece.Array[0, 40].Select(string.Concat), Gen.Int[1, 9].Array[1, 40]).Sample((text, cuts) =>
        {
            using var writer = new Utf8HtmlWriter();
            var position = 0;
            for (var i = 0; position < text.Length; i++)
            {
                var length = Math.Min(cuts[i % cuts.Length], text.Length - position);
                var cut = text[position..(position + length)];
                switch (i % 3)
                {
                    case 0:
                        writer.Write(cut);
                        break;
                    case 1:
                        writer.Write(cut.AsSpan());
                        break;
                    default:
                        foreach (var c in cut)
                        {
                            writer.Write(c);
                        }

                        break;
                }

                position += length;
            }

            Assert.Equal(new UTF8Encoding(false).GetBytes(text), writer.WrittenBytes.ToArray());
        }, iter: 3000);
    }

    [Fact]
    public void Reading_the_bytes_midway_writes_a_held_half_pair_and_writing_goes_on()
    {
        using var writer = new Utf8HtmlWriter();
        writer.Write("a\uD83D");
        var midway = writer.WrittenBytes.ToArray();
        writer.Write("\uDE00b");

        var utf8 = new UTF8Encoding(false);
        Assert.Equal(utf8.GetBytes("a\uD83D"), midway);
        Assert.Equal([.. utf8.GetBytes("a\uD83D"), .. utf8.GetBytes("\uDE00b")], writer.WrittenBytes.ToArray());
    }

    [Fact]
    public void Clear_starts_again_even_after_half_a_pair()
    {
        using var writer = new Utf8HtmlWriter();
        writer.Write("a\uD83D");
        writer.Clear();
        writer.Write("\uDE00b");

        Assert.Equal(new UTF8Encoding(false).GetBytes("\uDE00b"), writer.WrittenBytes.ToArray());
    }
}
