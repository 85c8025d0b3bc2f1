using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Cuts a Markdown file's YAML front matter from its body, keeping track of the lines of each.</summary>
internal static class SplitFrontMatter
{
    private const string Fence = "---";

    /// <summary>Splits <paramref name="text"/> (with <c>\n</c> line endings); reports an unclosed block and returns <see langword="null"/>.</summary>
    public static FrontMatterBlock? Split(ReadOnlySpan<char> text, string file, BuildContext context)
    {
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (firstLine.TrimEnd() is not Fence)
        {
            return new FrontMatterBlock(null, 1, text.ToString(), 1);
        }

        var lineNumber = 1;
        var position = firstLineEnd + 1;
        while (firstLineEnd >= 0 && position <= text.Length)
        {
            var lineLength = text[position..].IndexOf('\n');
            var end = lineLength < 0 ? -1 : position + lineLength;
            var line = end < 0 ? text[position..] : text[position..end];
            lineNumber++;
            if (line.TrimEnd() is Fence or "...")
            {
                var yaml = text[(firstLineEnd + 1)..position].ToString();
                var body = end < 0 ? "" : text[(end + 1)..].ToString();
                return new FrontMatterBlock(yaml, 2, body, lineNumber + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
        }

        context.Report(Diagnostic.Error(DiagnosticCodes.FrontMatterUnclosed,
            "The front matter opened on line 1 is never closed: add a line with '---' after the last key.",
            SourceLocation.StartOf(file)));
        return null;
    }
}
