using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KratomArticle.Engine;

/// <summary>The diagnostics reported so far, from any thread.</summary>
internal sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();

    public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Every diagnostic reported so far, each once (a problem with the theme is met by every page), ordered by file,
    /// position, code and message, so output is stable whatever order they came in.
    /// </summary>
    public ImmutableArray<Diagnostic> Sorted =>
    [
        .. _diagnostics
            .Distinct()
            .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal),
    ];

    public void Report(Diagnostic diagnostic) => _diagnostics.Enqueue(diagnostic);

    public void ReportAll(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }
    }
}
