using System.Text.RegularExpressions;
using KratomArticle.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomArticle.Content;

/// <summary>A YAML text cut out of a file: it turns YAML positions into file positions and parses the text.</summary>
/// <param name="FirstLine">The file line the YAML's first line is on.</param>
public sealed partial record YamlSource(string File, int FirstLine, BuildContext Context)
{
    public SourceLocation At(Mark mark) =>
        mark.Line <= 0 ? new(File, FirstLine, 1) : new(File, FirstLine + (int)mark.Line - 1, (int)mark.Column);

    public void Report(Diagnostic diagnostic) => Context.Report(diagnostic);

    /// <summary>Parses the YAML as one mapping; reports malformed YAML at its position and returns <see langword="null"/>.</summary>
    public YamlFields? ParseMapping(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new DepthLimitingParser(new AliasRefusingParser(new Parser(new StringReader(yaml)))));
        }
        catch (YamlException e) when (DuplicateKeyMessage().Match(e.Message) is { Success: true } duplicate)
        {
            var key = duplicate.Groups["key"].Value;
            var first = FirstLineOf(yaml, key);
            Report(Diagnostic.Error(DiagnosticCodes.DuplicateKey, $"The key '{key}' is given twice (first on line {FirstLine + first - 1}); keep one.", At(e.Start)));
            return null;
        }
        catch (YamlException e)
        {
            var detail = e.InnerException?.Message ?? e.Message;
            Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, $"The front matter is not valid YAML: {Describe(detail)}", At(e.Start)));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some malformed flow collections this way, without a position.
            Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, $"The front matter is not valid YAML: {Describe(e.Message)}", new(File, FirstLine, 1)));
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

    private static int FirstLineOf(string yaml, string key)
    {
        var lines = yaml.Split('\n');
        var index = Array.FindIndex(lines, l => KeyOfLine(l) == key);
        return index + 1;
    }

    private static string KeyOfLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? line : line[..colon]).Trim().Trim('"', '\'');
    }

    private static string Describe(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.') + ".";
    }

    [GeneratedRegex("Duplicate key (?<key>.+)$")]
    private static partial Regex DuplicateKeyMessage();
}
