using System.Collections.Immutable;

namespace KratomArticle.Engine;

/// <summary>What one build's modules share: its options, its log, the diagnostics they report and the timing of their stages.</summary>
internal sealed class BuildContext
{
    private readonly DiagnosticBag _diagnostics = new();
    private readonly StageTimer _timer;

    public BuildContext(BuildOptions options, BuildLog log)
    {
        Options = options;
        Log = log;
        _timer = new StageTimer(log);
    }

    /// <summary>A context for one part of a build whose diagnostics are kept apart (a page's): everything else is shared with <paramref name="parent"/>.</summary>
    private BuildContext(BuildContext parent)
    {
        Options = parent.Options;
        Log = parent.Log;
        _timer = parent._timer;
    }

    public BuildOptions Options { get; }

    public BuildLog Log { get; }

    public bool HasErrors => _diagnostics.HasErrors;

    /// <summary>Every diagnostic reported so far, each once, in a stable order (see <see cref="DiagnosticBag.Sorted"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.Sorted;

    public void Report(Diagnostic diagnostic) => _diagnostics.Report(diagnostic);

    public void ReportAll(IEnumerable<Diagnostic> diagnostics) => _diagnostics.ReportAll(diagnostics);

    /// <summary>A context whose diagnostics are its own, for a part of the build whose diagnostics are kept with its result.</summary>
    public BuildContext Part() => new(this);

    /// <summary>Runs one module and logs its time at verbose level, followed by the time of the steps it ran for each page.</summary>
    public TOut Run<TIn, TOut>(IModule<TIn, TOut> module, TIn input) => _timer.Run(module, input, this);

    /// <summary>Runs one step of a page's build, adding its time to the step's total, which <see cref="Run"/> logs.</summary>
    public TOut RunStep<TIn, TOut>(IModule<TIn, TOut> module, TIn input) => _timer.RunStep(module, input, this);
}
