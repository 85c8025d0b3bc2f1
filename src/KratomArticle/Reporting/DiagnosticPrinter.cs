using KratomArticle.Engine;

namespace KratomArticle.Reporting;

/// <summary>
/// Prints diagnostics in the MSBuild form on stderr, with file paths relative to the working directory; in GitHub
/// Actions, also as workflow commands on stdout (<see cref="GitHubAnnotations"/>).
/// </summary>
internal static class DiagnosticPrinter
{
    public static void Print(IReadOnlyCollection<Diagnostic> diagnostics, BuildOptions options, CliConsole console)
    {
        var prefix = ContentPrefix(options, console.WorkingDirectory);
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.Format(prefix));
        }

        if (GitHubAnnotations.For(options, console) is { } annotations)
        {
            foreach (var diagnostic in diagnostics)
            {
                console.Out.WriteLine(annotations.Format(diagnostic));
            }
        }
    }

    /// <summary>The counts a failed build reports, e.g. <c>2 errors, 1 warning</c>.</summary>
    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return $"{Plural.Of(errors, "error")}, {Plural.Of(diagnostics.Count - errors, "warning")}";
    }

    /// <summary>How the content folder is written before a file name: <c>content/</c> from the site root, nothing from the content folder.</summary>
    public static string ContentPrefix(BuildOptions options, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, options.ContentDirectory).Replace('\\', '/').TrimEnd('/') is var folder and not "."
            ? folder + "/"
            : "";
}
