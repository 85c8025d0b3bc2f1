using KratomArticle.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomArticle.Content;

/// <summary>A YAML text cut out of a file: it turns YAML positions into file positions and parses the text.</summary>
/// <param name="FirstLine">The file line the YAML's first line is on.</param>
public sealed record YamlSource(string File, int FirstLine, BuildContext Context)
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
            stream.Load(new StringReader(yaml));
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

    private static string Describe(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: ...): "; the position is reported separately.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.') + ".";
    }
}
