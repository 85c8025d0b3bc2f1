using System.Text.RegularExpressions;
using KratomArticle.Engine;

namespace KratomArticle.Markdown;

/// <summary>
/// Keeps pathological Markdown from hanging or crashing a build. Markdig refuses nesting past its depth limit
/// by throwing, but only after time that grows with the cube of the depth (5,000 nested list items take
/// minutes), so very deep list and quote nesting is refused up front, before Markdig sees it.
/// </summary>
public static partial class MarkdownGuard
{
    /// <summary>The deepest indentation, in columns, of a list item or quote that is handed to Markdig.</summary>
    public const int MaxContainerIndent = 256;

    /// <summary>The most <c>&gt;</c> markers a line may start with.</summary>
    public const int MaxQuoteDepth = 64;

    /// <summary>Reports the first line nested too deeply; returns whether the body may be parsed.</summary>
    public static bool CheckNesting(string body, string file, int bodyLine, BuildContext context)
    {
        var lineNumber = 0;
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var indent = IndentColumns(line);
            var rest = line.TrimStart();
            var quotes = QuoteDepth(rest);
            if ((indent > MaxContainerIndent && ContainerStart().IsMatch(rest.ToString())) || quotes > MaxQuoteDepth)
            {
                var depth = quotes > MaxQuoteDepth ? $"{quotes} levels of '>'" : $"a list item indented {indent} columns";
                context.Report(Diagnostic.Error(DiagnosticCodes.MarkdownFailed,
                    $"Lists or quotes are nested too deeply here ({depth}); flatten the nesting.",
                    new SourceLocation(file, bodyLine + lineNumber, 1)));
                return false;
            }

            lineNumber++;
        }

        return true;
    }

    /// <summary>Runs a Markdig parse or render; a depth-limit refusal becomes a diagnostic at the file instead of a crash.</summary>
    public static T? Run<T>(Func<T> markdig, string file, int bodyLine, BuildContext context) where T : class
    {
        try
        {
            return markdig();
        }
        catch (Exception e) when (e is InsufficientExecutionStackException or ArgumentException or InvalidOperationException)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.MarkdownFailed,
                $"The Markdown cannot be processed ({e.Message}); look for very deep nesting of quotes, lists, emphasis or brackets.",
                new SourceLocation(file, bodyLine, 1)));
            return null;
        }
    }

    private static int IndentColumns(ReadOnlySpan<char> line)
    {
        var columns = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                columns++;
            }
            else if (c == '\t')
            {
                columns += 4 - (columns % 4);
            }
            else
            {
                break;
            }
        }

        return columns;
    }

    private static int QuoteDepth(ReadOnlySpan<char> rest)
    {
        var depth = 0;
        foreach (var c in rest)
        {
            if (c == '>')
            {
                depth++;
            }
            else if (c is not (' ' or '\t'))
            {
                break;
            }
        }

        return depth;
    }

    [GeneratedRegex(@"^([-+*>]|\d{1,9}[.)])")]
    private static partial Regex ContainerStart();
}
