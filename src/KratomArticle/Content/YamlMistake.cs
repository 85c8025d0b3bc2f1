using YamlDotNet.Core;

namespace KratomArticle.Content;

/// <summary>
/// What is wrong with a YAML text that YamlDotNet could not read, in words, at the line and column of the mistake
/// (both 1-based, counted in the YAML). YamlDotNet's own messages describe its parser ("While scanning a plain scalar
/// value, found invalid mapping"), and some of its positions are past the mistake or missing.
/// </summary>
internal sealed record YamlMistake(string Message, int Line, int Column)
{
    /// <summary>YAML allows a key on one line (an implicit key) to be at most this long.</summary>
    private const int MaxKeyLength = 1024;

    public static YamlMistake At(Mark mark, string message) => new(message, (int)mark.Line, (int)mark.Column);

    /// <summary>Explains a failure of YamlDotNet: a <see cref="YamlException"/>, or another exception without a position.</summary>
    /// <param name="stoppedAt">Where the parser stopped, for a failure that does not say.</param>
    public static YamlMistake Explain(string yaml, Exception failure, Mark? stoppedAt)
    {
        var lines = yaml.Split('\n');
        var mark = failure is YamlException { Start.Line: > 0 } positioned ? positioned.Start : stoppedAt is { Line: > 0 } ? stoppedAt : null;
        var found = FlowBrackets.FindProblem(yaml)
            ?? (mark is { } at ? Describe(yaml, lines, at, failure.Message) : null)
            ?? new YamlMistake("This is not valid YAML; check the quotes, brackets and indentation here.", (int)(mark?.Line ?? 1), (int)(mark?.Column ?? 1));
        return WithinText(found, lines);
    }

    private static YamlMistake? Describe(string yaml, string[] lines, Mark mark, string message)
    {
        var line = (int)mark.Line;
        var at = mark.Index < yaml.Length ? yaml[(int)mark.Index] : '\n';
        return LongKey(lines, line) ?? message switch
        {
            _ when Has(message, "tab character", "tab as indentation") => TabIndentedLine(lines, line),
            _ when Has(message, "escape character", "hexadecimal number", "Unicode character escape", "Unicode surrogates") => BadEscape(yaml, lines, mark),
            _ when Has(message, "block scalar") => At(mark, BlockScalarMessage(message)),
            _ when Has(message, "comment") => At(mark, "A '#' comment needs a space before it, and cannot go between the lines of a value; move it to a line of its own."),
            _ when Has(message, "quoted scalar") && at is '"' or '\'' => At(mark, $"The quoted text opened here is never closed; add the closing {at}."),
            _ when Has(message, "quoted scalar") => At(mark, "The quoted text is never closed; add the closing quote."),
            _ when Has(message, "directive", "<document start>", "<document end>") => DirectiveLine(lines, line),
            _ when Has(message, "after '...'") => At(mark, "Nothing may follow '...' on its line."),
            _ when Has(message, "tag") => At(mark, "This tag (the '!' before a value) is not one YAML knows; front matter needs no tags: remove it."),
            _ when Has(message, "anchor") => At(mark, "This anchor (the '&' before a value) is not valid; front matter needs no anchors: remove it."),
            _ when Has(message, "invalid mapping", "Mapping values are not allowed") => At(mark,
                "A ': ' cannot go on in this value; put the whole value in quotes, or, if this line is a key of its own, indent it like the keys above."),
            _ when Has(message, "Block sequence entries are not allowed") => At(mark,
                "A list cannot start on the line of its key; put each '- item' on a line of its own, indented under the key."),
            _ when Has(message, "did not find expected key") => NotAKey(lines, mark, at),
            _ when Has(message, "expected '-' indicator") => At(mark, "This line is not a list item ('- ') like the lines above it; indent it like them, or start it with '- '."),
            _ when Has(message, "cannot start any token") => At(mark, $"A value cannot start with '{at}'; put the value in quotes."),
            _ when Has(message, "simple key") => At(mark, "A key must be followed by ':' on the same line."),
            _ when Has(message, "expected node content") => At(mark, "A value is missing here."),
            _ => null,
        };
    }

    private static bool Has(string message, params string[] parts) => parts.Any(p => message.Contains(p, StringComparison.OrdinalIgnoreCase));

    /// <summary>YamlDotNet reports a tab at the value before it; the mistake is the first line, from there on, that starts with one.</summary>
    private static YamlMistake? TabIndentedLine(string[] lines, int from)
    {
        for (var i = Math.Max(from, 1) - 1; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].AsSpan(0, indentation).IndexOf('\t');
            if (tab >= 0)
            {
                return new YamlMistake("This line starts with a tab; YAML allows only spaces before a key or a line of text.", i + 1, tab + 1);
            }
        }

        return null;
    }

    private static YamlMistake? BadEscape(string yaml, string[] lines, Mark quote)
    {
        if (YamlEscapes.FindInvalid(yaml, (int)quote.Index) is not { } escape)
        {
            return null;
        }

        var line = yaml.AsSpan(0, escape.Index).Count('\n');
        var lineStart = line == 0 ? 0 : yaml.LastIndexOf('\n', escape.Index - 1) + 1;
        return lines.Length > line ? new YamlMistake(escape.Message, line + 1, escape.Index - lineStart + 1) : null;
    }

    /// <summary>A line starting with '%' (a directive such as <c>%YAML 1.2</c>) at or before the failure.</summary>
    private static YamlMistake? DirectiveLine(string[] lines, int upTo)
    {
        var index = Array.FindLastIndex(lines, Math.Min(upTo, lines.Length) - 1, l => l.StartsWith('%'));
        return index < 0
            ? null
            : new YamlMistake("A directive (a line starting with '%') is only allowed before a '---' at the very start; front matter needs none: remove it.", index + 1, 1);
    }

    private static YamlMistake? LongKey(string[] lines, int line)
    {
        var text = line <= lines.Length ? lines[line - 1] : "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon > MaxKeyLength
            ? new YamlMistake($"This key is longer than the {MaxKeyLength} characters YAML allows; shorten it.", line, 1)
            : null;
    }

    private static YamlMistake NotAKey(string[] lines, Mark mark, char at)
    {
        var text = mark.Line <= lines.Length ? lines[(int)mark.Line - 1] : "";
        var indentation = text.Length - text.TrimStart(' ').Length;
        return (int)mark.Column > indentation + 1
            ? At(mark, "Unexpected text after the value; put the whole value in quotes.")
            : At(mark, at == '-'
                ? "A list item ('- ') cannot follow a 'key: value' line at the same indentation; indent it under the key it belongs to."
                : "This line is not a 'key: value' pair; check its indentation (the text after '|' or '>' must be indented under its key).");
    }

    private static string BlockScalarMessage(string message) =>
        Has(message, "spaces")
            ? "A line of this block of text has more spaces before it than the first line of text; make the first line the most indented, or remove the spaces."
            : "After '|' or '>' only a digit from 1 to 9, '+' or '-' may follow on the same line; put the text on the lines below.";

    /// <summary>YamlDotNet may point past the last line (at the end of the text); the mistake is then on the last line that has text.</summary>
    private static YamlMistake WithinText(YamlMistake mistake, string[] lines)
    {
        if (mistake.Line >= 1 && mistake.Line <= lines.Length && lines[mistake.Line - 1].TrimEnd('\r').Length > 0)
        {
            return mistake with { Column = Math.Clamp(mistake.Column, 1, lines[mistake.Line - 1].TrimEnd('\r').Length + 1) };
        }

        var last = Array.FindLastIndex(lines, Math.Clamp(mistake.Line, 1, lines.Length) - 1, l => l.Trim().Length > 0);
        return last < 0 ? mistake with { Line = 1, Column = 1 } : mistake with { Line = last + 1, Column = lines[last].TrimEnd('\r').Length + 1 };
    }
}
