using System.Buffers;
using KratomArticle.Html;

namespace KratomArticle.Markdown;

/// <summary>
/// Follows how deeply raw HTML nests, line by line: a start tag opens an element unless it is void (<see cref="HtmlVoidElements"/>) or self-closing, an
/// end tag closes one. It reads tags only as far as it needs, so it stays linear in the text however odd it is, and it
/// counts tags in code too: no article writes hundreds of open tags, even as an example.
/// </summary>
internal sealed class HtmlDepthMeasure
{
    // How far past a tag's name its '>' is looked for, to tell a self-closing tag.
    private const int TagWindow = 256;

    private static readonly SearchValues<char> NameCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-");

    private int _depth;

    /// <summary>Adds the next line; returns whether the nesting has gone past the limit.</summary>
    public bool Add(ReadOnlySpan<char> line)
    {
        for (var at = line.IndexOf('<'); at >= 0 && at < line.Length - 1; at = NextTag(line, at + 1))
        {
            var closing = line[at + 1] == '/';
            var nameStart = at + (closing ? 2 : 1);
            var nameLength = NameLength(line[nameStart..]);
            if (nameLength == 0)
            {
                continue;
            }

            if (closing)
            {
                _depth = Math.Max(0, _depth - 1);
            }
            else if (!HtmlVoidElements.Contains(line.Slice(nameStart, nameLength)) && !SelfClosing(line[(nameStart + nameLength)..]))
            {
                _depth++;
                if (_depth > MarkdownGuard.MaxHtmlDepth)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextTag(ReadOnlySpan<char> line, int from) => line[from..].IndexOf('<') is var next and >= 0 ? from + next : -1;

    private static int NameLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
        {
            return 0;
        }

        var end = text.IndexOfAnyExcept(NameCharacters);
        return end < 0 ? text.Length : end;
    }

    private static bool SelfClosing(ReadOnlySpan<char> afterName)
    {
        var window = afterName[..Math.Min(afterName.Length, TagWindow)];
        var close = window.IndexOfAny('>', '<');
        return close > 0 && window[close] == '>' && window[close - 1] == '/';
    }
}
