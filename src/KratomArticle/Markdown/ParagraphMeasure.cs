namespace KratomArticle.Markdown;

/// <summary>
/// Measures runs of non-blank lines, line by line, outside fenced code blocks (whose lines Markdig copies without
/// reading them for inline markup, so their length costs nothing).
/// </summary>
internal sealed class ParagraphMeasure
{
    private string? _fence;
    private int _length;
    private int _startLine;

    /// <summary>Adds the next line; returns the first line of the paragraph when it has just grown past the limit.</summary>
    public int? Add(ReadOnlySpan<char> line, int lineNumber)
    {
        var text = line.TrimStart(' ');
        if (_fence is not null)
        {
            if (text.StartsWith(_fence, StringComparison.Ordinal) && text.TrimEnd().Trim(_fence[0]).IsEmpty)
            {
                _fence = null;
            }

            return null;
        }

        if (OpeningFence(text) is { } fence)
        {
            _fence = fence;
            _length = 0;
            return null;
        }

        if (line.IsWhiteSpace())
        {
            _length = 0;
            return null;
        }

        if (_length == 0)
        {
            _startLine = lineNumber;
        }

        var before = _length;
        _length += line.Length + 1;
        return before <= MarkdownGuard.MaxParagraphLength && _length > MarkdownGuard.MaxParagraphLength ? _startLine : null;
    }

    /// <summary>The fence a line opens (three or more backticks or tildes), or <see langword="null"/>.</summary>
    private static string? OpeningFence(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] is not ('`' or '~'))
        {
            return null;
        }

        var length = text.IndexOfAnyExcept(text[0]) is var end and >= 0 ? end : text.Length;
        return length >= 3 ? new string(text[0], length) : null;
    }
}
