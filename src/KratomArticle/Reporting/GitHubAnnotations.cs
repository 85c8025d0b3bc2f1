using System.Text;
using KratomArticle.Engine;

namespace KratomArticle.Reporting;

/// <summary>
/// In GitHub Actions (<c>GITHUB_ACTIONS=true</c>), each diagnostic is also printed as a workflow command, which GitHub
/// shows as an annotation on the file's line: <c>::error file=content/index.md,line=3,col=14,title=KA0101::message</c>.
/// File paths are relative to the repository root: <c>GITHUB_WORKSPACE</c> when it is set (Actions sets it to the
/// checkout), otherwise the current folder.
/// </summary>
internal sealed class GitHubAnnotations
{
    private readonly string _contentPrefix;

    private GitHubAnnotations(string contentPrefix) => _contentPrefix = contentPrefix;

    /// <summary>The annotations for a run, or <see langword="null"/> outside GitHub Actions.</summary>
    public static GitHubAnnotations? For(BuildOptions options, CliConsole console)
    {
        if (console.GetVariable("GITHUB_ACTIONS") != "true")
        {
            return null;
        }

        var root = console.GetVariable("GITHUB_WORKSPACE") is { Length: > 0 } workspace
            ? Path.GetFullPath(workspace, console.WorkingDirectory)
            : console.WorkingDirectory;
        return new GitHubAnnotations(DiagnosticPrinter.ContentPrefix(options, root));
    }

    /// <summary>The workflow command for one diagnostic.</summary>
    public string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity == Severity.Error ? "error" : "warning";
        var properties = diagnostic.Location is { } at
            ? $"file={EscapeProperty(_contentPrefix + at.File)},line={at.Line},col={at.Column},title={EscapeProperty(diagnostic.Code)}"
            : $"title={EscapeProperty(diagnostic.Code)}";
        return $"::{command} {properties}::{EscapeData(diagnostic.Message)}";
    }

    /// <summary>A command's message, escaped as the runner unescapes it: <c>%</c>, carriage return and line feed.</summary>
    public static string EscapeData(string text) =>
        new StringBuilder(text).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A").ToString();

    /// <summary>A command's property value: as a message, and <c>:</c> and <c>,</c> too, which separate the properties.</summary>
    public static string EscapeProperty(string text) =>
        new StringBuilder(EscapeData(text)).Replace(":", "%3A").Replace(",", "%2C").ToString();
}
