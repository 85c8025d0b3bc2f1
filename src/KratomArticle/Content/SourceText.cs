using System.Text;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Reads a content file as UTF-8 text with <c>\n</c> line endings, reporting what makes it unreadable.</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? TryRead(ContentFile file, BuildContext context)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.FileUnreadable, $"The file cannot be read: {e.Message}", SourceLocation.StartOf(file.RelativePath)));
            return null;
        }

        return Decode(bytes, file.RelativePath, context);
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
