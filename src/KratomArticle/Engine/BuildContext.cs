using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace KratomArticle.Engine;

/// <summary>The state one build shares across its modules: options, log and the diagnostics reported so far.</summary>
public sealed class BuildContext(BuildOptions options, BuildLog log)
{
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();

    public BuildOptions Options { get; } = options;

    public BuildLog Log { get; } = log;

    public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>Every diagnostic reported so far, ordered by file and position so output is stable.</summary>
    public ImmutableArray<Diagnostic> Diagnostics =>
    [
        .. _diagnostics
            .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Line ?? 0)
            .ThenBy(d => d.Location?.Column ?? 0)
            .ThenBy(d => d.Code, StringComparer.Ordinal),
    ];

    public void Report(Diagnostic diagnostic) => _diagnostics.Enqueue(diagnostic);

    /// <summary>Runs one module and logs its time at verbose level.</summary>
    public TOut Run<TIn, TOut>(IModule<TIn, TOut> module, TIn input)
    {
        var clock = Stopwatch.StartNew();
        var result = module.Run(input, this);
        Log.Verbose($"  {module.GetType().Name}: {clock.Elapsed.TotalMilliseconds:0.0} ms");
        return result;
    }
}
