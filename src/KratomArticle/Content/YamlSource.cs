using System.Text.RegularExpressions;
using KratomArticle.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomArticle.Content;

/// <summary>A YAML text cut out of a file: it turns YAML positions into file positions and parses the text.</summary>
/// <param name="FirstLine">The file line the YAML's first line is on.</param>
internal sealed partial record YamlSource(string File, int FirstLine, BuildContext Context)
{
    public SourceLocation At(Mark mark) =>
        mark.Line <= 0 ? new(File, FirstLine, 1) : new(File, FirstLine + (int)mark.Line - 1, (int)mark.Column);

    public void Report(Diagnostic diagnostic) => Context.Report(diagnostic);

    /// <summary>Parses the YAML as one mapping; reports malformed YAML at its position, in words, and returns <see langword="null"/>.</summary>
    public YamlFields? ParseMapping(string yaml)
    {
        var stream = new YamlStream();
        var parser = new SingleDocumentParser(new DepthLimitingParser(new AliasRefusingParser(new Parser(new StringReader(yaml)))));
        try
        {
            stream.Load(parser);
        }
        catch (RefusedYamlException e)
        {
            Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, e.Reason, At(e.Start)));
            return null;
        }
        catch (YamlException e) when (DuplicateKeyMessage().Match(e.Message) is { Success: true } duplicate)
        {
            var key = duplicate.Groups["key"].Value;
            var first = FirstLineOf(yaml, key, (int)e.Start.Index);
            Report(Diagnostic.Error(DiagnosticCodes.DuplicateKey, $"The key '{key}' is given twice (first on line {FirstLine + first - 1}); keep one.", At(e.Start)));
            return null;
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some unclosed flow collections with an InvalidOperationException, and some YAML it
            // cannot load ("- : ") with an ArgumentException, without a position: the event it stopped at has one.
            var mistake = YamlMistake.Explain(yaml, e, parser.Current?.Start);
            Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, mistake.Message, new(File, FirstLine + mistake.Line - 1, mistake.Column)));
            return null;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        return root switch
        {
            null => YamlFields.Empty(this),
            YamlScalarNode { Value: null or "" } => YamlFields.Empty(this),
            YamlMappingNode mapping => YamlFields.From(mapping, this),
            _ => ReportNotMapping(root),
        };
    }

    private YamlFields? ReportNotMapping(YamlNode root)
    {
        Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, "The front matter must be a list of 'key: value' lines.", At(root.Start)));
        return null;
    }

    /// <summary>The line of the key's first use before <paramref name="second"/>, in block (<c>key:</c>) or flow (<c>{key: …}</c>) style.</summary>
    private static int FirstLineOf(string yaml, string key, int second)
    {
        var first = Regex.Match(yaml[..Math.Min(second, yaml.Length)], $@"(^|[\s{{,])[""']?{Regex.Escape(key)}[""']?[ \t]*:", RegexOptions.Multiline);
        return yaml.AsSpan(0, first.Success ? first.Index + first.Groups[1].Length : second).Count('\n') + 1;
    }

    [GeneratedRegex("Duplicate key (?<key>.+)$")]
    private static partial Regex DuplicateKeyMessage();
}
