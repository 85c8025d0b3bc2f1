using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Cli;

/// <summary>The counts the commands print at the end of a run.</summary>
public static class BuildSummary
{
    /// <summary>"2 errors, 1 warning".</summary>
    public static string Of(ImmutableArray<Diagnostic> diagnostics)
    {
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        return $"{Plural(diagnostics.Length - warnings, "error")}, {Plural(warnings, "warning")}";
    }

    public static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
