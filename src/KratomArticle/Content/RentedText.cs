using System.Buffers;

namespace KratomArticle.Content;

/// <summary>
/// A content file's text, in a buffer rented for as long as the file is read: the parts kept (the front matter, the
/// body) are made strings of their own, so the whole text need not be one as well.
/// </summary>
internal sealed class RentedText(char[] buffer, int length) : IDisposable
{
    private char[]? _buffer = buffer;

    public ReadOnlySpan<char> Span => (_buffer ?? throw new ObjectDisposedException(nameof(RentedText))).AsSpan(0, length);

    public override string ToString() => Span.ToString();

    public void Dispose()
    {
        if (_buffer is { } rented)
        {
            _buffer = null;
            ArrayPool<char>.Shared.Return(rented);
        }
    }
}
