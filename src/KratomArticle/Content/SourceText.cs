using System.Buffers;
using System.Text;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Reads a content file as UTF-8 text with <c>\n</c> line endings, reporting what makes it unreadable.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The line breaks other than <c>\n</c> that <see cref="string.ReplaceLineEndings(string)"/> replaces.</summary>
    private static readonly SearchValues<char> OtherLineBreaks = SearchValues.Create("\r\f\u0085\u2028\u2029");

    /// <summary>The file's text, for the caller to dispose of when done; <see langword="null"/> when it cannot be read (reported).</summary>
    public static RentedText? TryRead(ContentFile file, BuildContext context)
    {
        byte[] bytes;
        int length;
        try
        {
            (bytes, length) = ReadRented(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"The file cannot be read: {e.Message}", SourceLocation.StartOf(file.RelativePath)));
            return null;
        }

        try
        {
            return Decode(bytes.AsSpan(0, length), file.RelativePath, context);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>The file's bytes, in a rented buffer that the caller returns.</summary>
    private static (byte[] Bytes, int Length) ReadRented(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length == 0)
        {
            // Some files report no length and are read to their end (a pipe, a FUSE file system): rare enough to copy.
            var whole = File.ReadAllBytes(path);
            var copy = ArrayPool<byte>.Shared.Rent(whole.Length);
            whole.CopyTo(copy, 0);
            return (copy, whole.Length);
        }

        if (length > Array.MaxLength)
        {
            throw new IOException($"The file is {length:N0} bytes long, more than can be read at once.");
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)length);
        try
        {
            for (var read = 0; read < length;)
            {
                var count = RandomAccess.Read(handle, bytes.AsSpan(read, (int)length - read), read);
                read += count > 0 ? count : throw new EndOfStreamException("The file became shorter while it was read; save it again.");
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }

        return (bytes, (int)length);
    }

    private static RentedText? Decode(ReadOnlySpan<byte> bytes, string file, BuildContext context)
    {
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;

        // UTF-8 never takes fewer bytes than UTF-16 takes chars, so the bytes' length is room enough.
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(body.Length, 1));
        RentedText? text = null;
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetChars(body, chars);
            }
            catch (DecoderFallbackException e)
            {
                var offset = Math.Clamp(e.Index, 0, body.Length);
                context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable,
                    "The file is not valid UTF-8 text; save it with UTF-8 encoding.", LocationOfByte(body, offset, file)));
                return null;
            }

            var decoded = chars.AsSpan(0, length);
            var nul = decoded.IndexOf('\0');
            if (nul >= 0)
            {
                context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable,
                    "The file holds a NUL character: it looks like a binary file, not Markdown.", LocationOfChar(decoded, nul, file)));
                return null;
            }

            if (decoded.IndexOfAny(OtherLineBreaks) >= 0)
            {
                // Rare enough to go through a string; replacing line breaks never lengthens the text.
                var replaced = decoded.ToString().ReplaceLineEndings("\n");
                replaced.CopyTo(chars);
                length = replaced.Length;
            }

            return text = new RentedText(chars, length);
        }
        finally
        {
            if (text is null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    private static SourceLocation LocationOfByte(ReadOnlySpan<byte> bytes, int offset, string file)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new(file, before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }

    private static SourceLocation LocationOfChar(ReadOnlySpan<char> text, int index, string file)
    {
        var before = text[..index];
        var lineStart = before.LastIndexOf('\n') + 1;
        return new(file, before.Count('\n') + 1, index - lineStart + 1);
    }
}
