using KratomArticle.Engine;

namespace KratomArticle.Cli;

/// <summary>Prints diagnostics in the MSBuild form, with file paths relative to the working directory.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, BuildOptions options, CliConsole console)
    {
        var prefix = ContentPrefix(options, console.WorkingDirectory);
        foreach (var diagnostic in diagnostics)
        {
            console.Error.WriteLine(diagnostic.Format(prefix));
        }
    }

    /// <summary>How the content folder is written before a file name, e.g. <c>content/</c> from the site root.</summary>
    public static string ContentPrefix(BuildOptions options, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, options.ContentDirectory).Replace('\\', '/').TrimEnd('/') + "/";
}
