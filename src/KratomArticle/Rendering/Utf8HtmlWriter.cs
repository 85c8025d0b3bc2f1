using System.Buffers;
using System.Text;

namespace KratomArticle.Rendering;

/// <summary>
/// A text writer that encodes what it is given straight into a pooled UTF-8 buffer, so a page is never held as one
/// string and then copied again to bytes. Reused from page to page; not thread-safe.
/// </summary>
internal sealed class Utf8HtmlWriter : TextWriter
{
    private const int InitialSize = 64 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int _length;

    /// <summary>Whether the encoder holds the first half of a surrogate pair, which the next write must complete.</summary>
    private bool _encoderHoldsHalfAPair;

    public override Encoding Encoding => Utf8;

    /// <summary>The bytes written since the last <see cref="Clear"/>, complete: a pending half of a surrogate pair is written out.</summary>
    public ReadOnlySpan<byte> WrittenBytes
    {
        get
        {
            Encode([], flush: true);
            return _buffer.AsSpan(0, _length);
        }
    }

    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
        _encoderHoldsHalfAPair = false;
    }

    public override void Write(char value) => Encode([value], flush: false);

    public override void Write(char[] buffer, int index, int count) => Encode(buffer.AsSpan(index, count), flush: false);

    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    public override void Write(string? value) => Encode(value, flush: false);

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }

    /// <summary>
    /// The most bytes <paramref name="chars"/> can encode to, with the half of a surrogate pair the encoder may hold from
    /// the last write: three for each UTF-16 unit, as <see cref="UTF8Encoding.GetMaxByteCount"/> counts, without the
    /// virtual calls it takes to ask, which most writes (a tag, a quote) cost more than their bytes.
    /// </summary>
    private static int MaxBytesFor(int chars) => checked((chars + 2) * 3);

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var needed = _length + MaxBytesFor(chars.Length);
        if (needed > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        // Most writes are a few ASCII characters (a tag, an attribute's name, a quote), whose UTF-8 is the same bytes:
        // copied as such, they skip the encoder's set-up. The first other character, and all after it, go through the encoder.
        if (!_encoderHoldsHalfAPair)
        {
            Ascii.FromUtf16(chars, _buffer.AsSpan(_length), out var copied);
            _length += copied;
            chars = chars[copied..];
            if (chars.IsEmpty && !flush)
            {
                return;
            }
        }

        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush);
        if (flush || !chars.IsEmpty)
        {
            _encoderHoldsHalfAPair = !flush && char.IsHighSurrogate(chars[^1]);
        }
    }
}
