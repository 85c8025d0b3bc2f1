using System.Collections.Immutable;
using CsCheck;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Content;

/// <summary>
/// Broken YAML, generated: every named mistake inserted before, between and after the keys of valid front matter, and
/// random texts of YAML's special characters. Each is reported as a KA01xx diagnostic at the line of the mistake (or,
/// for random text, a line of the YAML), in words of our own: never an exception's text or a position past the text.
/// </summary>
public sealed class BrokenYamlTests
{
    private const int FirstLine = 2;

    private static readonly string[] ValidLines = ["title: A title", "description: What the page is about", "author: Someone", "published: 2024-01-02"];

    private static readonly string[] ExceptionTexts =
        ["Operation is not valid", "(Line:", "Idx:", "While scanning", "While parsing", "did not find expected", "Exception", "scalar", "token"];

    /// <summary>A mistake: the lines inserted, which of them holds the mistake, its column when it is known, and whether it can open the YAML.</summary>
    private static readonly Dictionary<string, Mistake> Mistakes = new()
    {
        ["unclosed flow list"] = new(["tags: [a, b"], 0, 7),
        ["unclosed flow mapping"] = new(["tags: {a: 1, b: 2"], 0, 7),
        ["unclosed nested list"] = new(["tags: [a, [b, c]"], 0, 7),
        ["list closed with a brace"] = new(["tags: [a, {b: c]"], 0, 11),
        ["unclosed list over two lines"] = new(["tags: [a,", "  b,"], 0, 7),
        ["stray closing bracket"] = new(["tags: ]"], 0, 7),
        ["stray closing brace"] = new(["tags: }"], 0, 7),
        ["unclosed double quote"] = new(["notes: \"never closed"], 0, 8),
        ["unclosed single quote"] = new(["notes: 'never closed"], 0, 8),
        ["text after a closing quote"] = new(["notes: \"closed\" then more"], 0, 17),
        ["text after a closing bracket"] = new(["tags: [a] more"], 0, 11),
        ["key indented with a tab"] = new(["\tnotes: x"], 0, 1, CanOpen: false),
        ["blank line holding a tab"] = new(["\t"], 0, 1, CanOpen: false),
        ["key indented too far"] = new(["  notes: x"], 0, null, CanOpen: false),
        ["': ' inside a plain value"] = new(["notes: a: b"], 0, 9),
        ["':' without a key"] = new([": x"], 0, 1),
        ["stray list item"] = new(["- item"], 0, 1, CanOpen: false),
        ["list on the line of its key"] = new(["tags: - a"], 0, 7),
        ["bad block scalar indicator"] = new(["notes: |x", "  text"], 0, 8),
        ["block text not indented"] = new(["notes: >", "not indented"], 1, 1),
        ["alias"] = new(["notes: &a x", "more: *a"], 1, 7),
        ["malformed anchor"] = new(["notes: &[a] x"], 0, 8),
        ["undefined tag handle"] = new(["notes: !e!x value"], 0, 8),
        ["directive"] = new(["%YAML 1.2"], 0, 1),
        ["second document"] = new(["---"], 0, 1, CanOpen: false),
        ["very long key"] = new([new string('k', 1100) + ": v"], 0, 1),
        ["unknown escape"] = new(["notes: \"a \\q b\""], 0, 11),
        ["short hexadecimal escape"] = new(["notes: \"\\x4 b\""], 0, 9),
        ["escape that is not hexadecimal"] = new(["notes: \"\\uZZZZ\""], 0, 9),
        ["escape of half a surrogate pair"] = new(["notes: \"\\uD800\""], 0, 9),
        ["value starting with '@'"] = new(["notes: @x"], 0, 8),
        ["value starting with '`'"] = new(["notes: `x"], 0, 8),
    };

    public static TheoryData<string, int> Cases => new(
        from mistake in Mistakes
        from position in Enumerable.Range(mistake.Value.CanOpen ? 0 : 1, ValidLines.Length + (mistake.Value.CanOpen ? 1 : 0))
        select (mistake.Key, position));

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_mistake_is_reported_in_words_at_its_own_line(string name, int position)
    {
        var mistake = Mistakes[name];
        var yaml = string.Join('\n', [.. ValidLines[..position], .. mistake.Lines, .. ValidLines[position..]]) + "\n";

        var diagnostic = Assert.Single(Parse(yaml), d => d.Severity == Severity.Error);

        var shown = $"{name} at {position}: {diagnostic.Format("")}";
        Assert.True(diagnostic.Code.StartsWith("KA01", StringComparison.Ordinal), shown);
        Assert.True(FirstLine + position + mistake.Line == diagnostic.Location?.Line, shown);
        Assert.True(mistake.Column is null || mistake.Column == diagnostic.Location?.Column, shown);
        AssertInWords(diagnostic);
    }

    [Fact]
    public void Random_yaml_never_crashes_and_every_problem_is_in_words_on_a_line_of_the_yaml()
    {
        var piece = Gen.OneOf(
            Gen.OneOf("title", "description", "notes", "tags", "- ", "? ", ": ", "  ", "\t", "\n", "\n", "\n  ", "#c", " #c"),
            Gen.OneOf("[", "]", "{", "}", ",", "\"", "'", "\\", "\\x", "\\u", "&a ", "*a", "!t ", "!!str ", "%YAML 1.2", "---", "...", "|", ">", "@", "`", "a", "1", "é"));
        var text = piece.Array[1, 30].Select(string.Concat);

        text.Sample(yaml =>
        {
            var lineCount = yaml.Split('\n').Length;
            foreach (var diagnostic in Parse(yaml))
            {
                Assert.InRange(diagnostic.Location?.Line ?? 0, FirstLine, FirstLine + lineCount - 1);
                AssertInWords(diagnostic);
            }
        }, iter: 20_000, print: yaml => yaml.Replace("\n", "⏎").Replace("\t", "⇥"));
    }

    private static ImmutableArray<Diagnostic> Parse(string yaml)
    {
        var context = new BuildContext(new BuildOptions("/site", "/site/content", null, IncludeDrafts: false, DefaultTheme.Instance), BuildLog.Silent);
        new YamlSource("index.md", FirstLine, context).ParseMapping(yaml);
        return context.Diagnostics;
    }

    private static void AssertInWords(Diagnostic diagnostic)
    {
        foreach (var text in ExceptionTexts)
        {
            Assert.False(diagnostic.Message.Contains(text, StringComparison.OrdinalIgnoreCase), $"'{diagnostic.Message}' has an exception's words: '{text}'.");
        }
    }

    private sealed record Mistake(string[] Lines, int Line, int? Column, bool CanOpen = true);
}
