using System.Buffers;
using System.Text;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Reads a content file as UTF-8 text with <c>\n</c> line endings, reporting what makes it unreadable.</summary>
internal static class SourceText
{
    private const int UnknownLengthBuffer = 4096;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? TryRead(ContentFile file, BuildContext context)
    {
        byte[] bytes;
        int length;
        try
        {
            (bytes, length) = ReadPooled(file.FullPath);
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

    /// <summary>
    /// The file's bytes, in a buffer from the shared pool that the caller returns: only the text decoded from them is
    /// kept. As <see cref="File.ReadAllBytes"/> does, it reads as many bytes as the file had when opened, or, when the
    /// file gives no length, to its end.
    /// </summary>
    private static (byte[] Buffer, int Length) ReadPooled(string path)
    {
        using var handle = File.OpenHandle(path);
        var expected = RandomAccess.GetLength(handle);
        if (expected >= Array.MaxLength)
        {
            throw new IOException($"The file is {expected:N0} bytes long, more than can be read at once.");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max((int)expected, UnknownLengthBuffer));
        var length = 0;
        try
        {
            while (expected == 0 || length < expected)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string file, BuildContext context)
    {
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Clamp(e.Index, 0, body.Length);
            context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable,
                "The file is not valid UTF-8 text; save it with UTF-8 encoding.", LocationOfByte(body, offset, file)));
            return null;
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable,
                "The file holds a NUL character: it looks like a binary file, not Markdown.", LocationOfChar(text, nul, file)));
            return null;
        }

        return text.ReplaceLineEndings("\n");
    }

    private static SourceLocation LocationOfByte(ReadOnlySpan<byte> bytes, int offset, string file)
    {
        var before = bytes[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new(file, before.Count((byte)'\n') + 1, offset - lineStart + 1);
    }

    private static SourceLocation LocationOfChar(string text, int index, string file)
    {
        var before = text.AsSpan(0, index);
        var lineStart = before.LastIndexOf('\n') + 1;
        return new(file, before.Count('\n') + 1, index - lineStart + 1);
    }
}
