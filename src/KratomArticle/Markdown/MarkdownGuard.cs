using System.Text.RegularExpressions;
using KratomArticle.Engine;

namespace KratomArticle.Markdown;

/// <summary>
/// Keeps pathological Markdown from hanging or crashing a build. Markdig refuses nesting past its depth limit by
/// throwing, but only after time that grows with the cube of the depth (5,000 nested list items take minutes); some of
/// its inline rules (unclosed links, runs of backticks, link reference definitions) take time that grows with the square
/// of a paragraph's length; and the HTML parser of the link check takes time that grows with the square of the nesting
/// of raw HTML. So these shapes are refused up front, before Markdig sees them, at sizes no article comes near.
/// </summary>
internal static partial class MarkdownGuard
{
    /// <summary>The deepest indentation, in columns, of a list item or quote that is handed to Markdig.</summary>
    public const int MaxContainerIndent = 256;

    /// <summary>The most <c>&gt;</c> markers a line may start with.</summary>
    public const int MaxQuoteDepth = 64;

    /// <summary>The longest paragraph, in characters, outside fenced code: 100,000 is about 15,000 words.</summary>
    public const int MaxParagraphLength = 100_000;

    /// <summary>The deepest nesting of raw HTML elements; browsers stop nesting at 512 too.</summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>How Markdig's own depth check begins its message.</summary>
    private const string MarkdigDepthLimitMessage = "Markdown elements in the input are too deeply nested";

    /// <summary>Spaces enough to indent a line past <see cref="MaxContainerIndent"/> columns.</summary>
    private static readonly string IndentPastLimit = new(' ', MaxContainerIndent + 1);

    /// <summary>Reports the first place too deeply nested or too long; returns whether the text may be parsed.</summary>
    public static bool CheckBeforeParsing(string body, string file, int bodyLine, BuildContext context)
    {
        if (TooSmallForAnyLimit(body))
        {
            return true;
        }

        var lineNumber = 0;
        var paragraph = new ParagraphMeasure();
        var html = new HtmlDepthMeasure();
        foreach (var line in body.AsSpan().EnumerateLines())
        {
            var indent = IndentColumns(line);
            var rest = line.TrimStart();
            var quotes = QuoteDepth(rest);
            if ((indent > MaxContainerIndent && ContainerStart().IsMatch(rest.ToString())) || quotes > MaxQuoteDepth)
            {
                var depth = quotes > MaxQuoteDepth ? $"{quotes} levels of '>'" : $"a list item indented {indent} columns";
                return Refuse($"Lists or quotes are nested too deeply here ({depth}); flatten the nesting.", lineNumber);
            }

            if (paragraph.Add(line, lineNumber) is { } start)
            {
                return Refuse($"This paragraph is longer than {MaxParagraphLength:N0} characters, which takes Markdown too long to read; break it up with blank lines.", start);
            }

            if (html.Add(line))
            {
                return Refuse($"Raw HTML is nested more than {MaxHtmlDepth} elements deep here; close some elements (browsers stop nesting at {MaxHtmlDepth} too).", lineNumber);
            }

            lineNumber++;
        }

        return true;

        bool Refuse(string message, int line)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.MarkdownFailed, message, new SourceLocation(file, bodyLine + line, 1)));
            return false;
        }
    }

    /// <summary>
    /// Whether the text is too short to pass any limit, so that it need not be read line by line: a paragraph past the
    /// limit needs that many characters; nesting past a limit needs more <c>&lt;</c> or <c>&gt;</c> than the limit; and
    /// without tabs, an indent past the limit needs a run of more spaces than that.
    /// </summary>
    private static bool TooSmallForAnyLimit(ReadOnlySpan<char> body) =>
        body.Length < MaxParagraphLength
        && HoldsAtMost(body, '<', MaxHtmlDepth)
        && HoldsAtMost(body, '>', MaxQuoteDepth)
        && !body.Contains('\t')
        && !body.Contains(IndentPastLimit, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="text"/> holds <paramref name="value"/> no more than <paramref name="limit"/> times. It
    /// stops at the one past the limit, and searches rather than counts: in the native build, <c>Count</c> of a character
    /// took longer than the line-by-line reading this check saves (3.4% of a build against 1.3%), where searching takes 0.8%.
    /// </summary>
    private static bool HoldsAtMost(ReadOnlySpan<char> text, char value, int limit)
    {
        for (var found = 0; ; found++)
        {
            var at = text.IndexOf(value);
            if (at < 0)
            {
                return true;
            }

            if (found == limit)
            {
                return false;
            }

            text = text[(at + 1)..];
        }
    }

    /// <summary>
    /// Runs a Markdig parse or render: Markdig's refusal of nesting past its depth limit becomes a diagnostic at the file;
    /// any other exception is a bug, not a problem with the content, and becomes an <see cref="InternalBuildException"/>.
    /// </summary>
    public static T? Run<T>(Func<T> markdig, string file, int bodyLine, BuildContext context) where T : class
    {
        try
        {
            return InternalBuildException.Guard(file, context, markdig);
        }
        catch (InternalBuildException e) when (IsDepthLimit(e.InnerException!))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.MarkdownFailed,
                "The Markdown is nested too deeply to be processed; look for very deep nesting of quotes, lists, emphasis or brackets.",
                new SourceLocation(file, bodyLine, 1)));
            return null;
        }
    }

    /// <summary>
    /// What Markdig throws for depth: an <see cref="ArgumentException"/> with this message from its depth check, or the
    /// runtime's refusal to recurse further when the stack runs short first.
    /// </summary>
    private static bool IsDepthLimit(Exception e) =>
        e is InsufficientExecutionStackException
        || (e.GetType() == typeof(ArgumentException) && e.Message.StartsWith(MarkdigDepthLimitMessage, StringComparison.Ordinal));

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
