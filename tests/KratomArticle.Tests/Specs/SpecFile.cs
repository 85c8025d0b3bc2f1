namespace KratomArticle.Tests.Specs;

/// <summary>
/// Reads the examples of a spec file written as Markdig writes its own: an example is a fence of 32 backticks and the
/// word <c>example</c>, the Markdown, a line holding only <c>.</c>, the expected output, and a closing fence of 32 backticks.
/// </summary>
public static class SpecFile
{
    public const string Fence = "````````````````````````````````";

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Specs");

    public static IEnumerable<string> Names =>
        System.IO.Directory.EnumerateFiles(Directory, "*.md").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static IReadOnlyList<SpecExample> Read(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(Directory, name));
        var examples = new List<SpecExample>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] != Fence + " example")
            {
                continue;
            }

            var open = i;
            var close = Array.IndexOf(lines, Fence, open + 1);
            var dot = Array.IndexOf(lines, ".", open + 1);
            if (close < 0 || dot < 0 || dot > close)
            {
                throw new FormatException($"{name}({open + 1}): an example needs a '.' line and a closing fence of 32 backticks.");
            }

            examples.Add(new SpecExample(name, examples.Count + 1, open + 1, Join(lines, open + 1, dot), Join(lines, dot + 1, close)));
            i = close;
        }

        return examples;
    }

    private static string Join(string[] lines, int from, int to) => string.Concat(lines[from..to].Select(line => line + "\n"));
}
