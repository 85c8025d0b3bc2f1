using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace KratomArticle.Content;

/// <summary>
/// Finds the flow list (<c>[</c>) or mapping (<c>{</c>) that broke a YAML text: one never closed, closed with the
/// other bracket, or a closing bracket with nothing to close. YamlDotNet reports an unclosed bracket at the end of the
/// text, or, when keys follow it, without any position at all.
/// </summary>
/// <remarks>
/// YAML's tokens tell where a flow collection starts (a <c>[</c> inside plain text is text). From there the brackets
/// are matched character by character, since YamlDotNet's scanner gives up inside a broken one: inside a flow
/// collection every bracket and comma is YAML's, except in quotes and comments.
/// </remarks>
internal static class FlowBrackets
{
    /// <summary>The bracket to blame, as a mistake at its own line and column, or <see langword="null"/> when the brackets are not the problem.</summary>
    public static YamlMistake? FindProblem(string yaml)
    {
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        var depth = 0;
        try
        {
            while (scanner.MoveNext())
            {
                switch (scanner.Current)
                {
                    case FlowSequenceStart or FlowMappingStart when depth++ == 0 && Match(yaml, (int)scanner.Current.Start.Index) is { } problem:
                        return problem;
                    case FlowSequenceEnd or FlowMappingEnd when depth == 0:
                        return At(yaml, (int)scanner.Current.Start.Index,
                            $"'{yaml[(int)scanner.Current.Start.Index]}' closes a {(scanner.Current is FlowSequenceEnd ? "list" : "mapping")} that was never opened; remove it, or put the value in quotes.");
                    case FlowSequenceEnd or FlowMappingEnd:
                        depth--;
                        break;
                    case Error:
                        return null;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // The scanner fails past a broken flow collection, which was matched when it opened, or on something else.
        }

        return null;
    }

    /// <summary>Matches the brackets of the flow collection that opens at <paramref name="start"/>; returns the unclosed one, if any.</summary>
    private static YamlMistake? Match(string yaml, int start)
    {
        var open = new Stack<int>();
        var indentation = IndentationOfLineAt(yaml, start);
        var valueStarts = true;
        for (var i = start; i < yaml.Length; i++)
        {
            var c = yaml[i];
            switch (c)
            {
                case '[' or '{':
                    open.Push(i);
                    valueStarts = true;
                    break;
                case ']' or '}' when Closer(yaml[open.Peek()]) != c:
                    return Unclosed(yaml, open.Peek());
                case ']' or '}':
                    open.Pop();
                    if (open.Count == 0)
                    {
                        return null;
                    }

                    valueStarts = false;
                    break;
                case ',':
                    valueStarts = true;
                    break;
                case ':' when i + 1 >= yaml.Length || yaml[i + 1] is ' ' or '\t' or '\r' or '\n' or ',' or '[' or ']' or '{' or '}':
                    valueStarts = true;
                    break;
                case '#' when yaml[i - 1] is ' ' or '\t':
                    i = LineEnd(yaml, i) - 1;
                    break;
                case '"' or '\'' when valueStarts:
                    i = QuoteEnd(yaml, i);
                    if (i < 0)
                    {
                        return null;
                    }

                    valueStarts = false;
                    break;
                case '\n' when NextLineLeaves(yaml, i + 1, indentation):
                    return Unclosed(yaml, open.Peek());
                case ' ' or '\t' or '\r' or '\n':
                    break;
                default:
                    valueStarts = false;
                    break;
            }
        }

        return Unclosed(yaml, open.Peek());
    }

    private static char Closer(char opener) => opener == '[' ? ']' : '}';

    /// <summary>A line that has text and starts no further in than the line the collection opened on is the next key, not part of the collection.</summary>
    private static bool NextLineLeaves(string yaml, int lineStart, int indentation)
    {
        var end = LineEnd(yaml, lineStart);
        var line = yaml.AsSpan(lineStart, end - lineStart).TrimEnd('\r');
        var text = line.TrimStart(' ');
        return text.Length > 0 && text[0] != '#' && line.Length - text.Length <= indentation;
    }

    private static int IndentationOfLineAt(string yaml, int index)
    {
        var lineStart = yaml.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        var indentation = 0;
        while (yaml[lineStart + indentation] == ' ')
        {
            indentation++;
        }

        return indentation;
    }

    private static int LineEnd(string yaml, int from) => yaml.IndexOf('\n', from) is var end and >= 0 ? end : yaml.Length;

    /// <summary>The index of the closing quote, or -1 when the quoted text is never closed (reported as such elsewhere).</summary>
    private static int QuoteEnd(string yaml, int quote)
    {
        for (var i = quote + 1; i < yaml.Length; i++)
        {
            if (yaml[quote] == '"' && yaml[i] == '\\')
            {
                i++;
            }
            else if (yaml[quote] == '\'' && yaml[i] == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\'')
            {
                // '' is a quote inside single-quoted text.
                i++;
            }
            else if (yaml[i] == yaml[quote])
            {
                return i;
            }
        }

        return -1;
    }

    private static YamlMistake Unclosed(string yaml, int bracket) =>
        At(yaml, bracket, yaml[bracket] == '['
            ? "The list opened here is never closed with ']'."
            : "The mapping opened here is never closed with '}'.");

    private static YamlMistake At(string yaml, int index, string message)
    {
        var lineStart = index == 0 ? 0 : yaml.LastIndexOf('\n', index - 1) + 1;
        return new YamlMistake(message, yaml.AsSpan(0, index).Count('\n') + 1, index - lineStart + 1);
    }
}
