using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;

namespace KratomArticle.Engine;

/// <summary>The state one build shares across its modules: options, log and the diagnostics reported so far.</summary>
public sealed class BuildContext
{
    private readonly ConcurrentQueue<Diagnostic> _diagnostics = new();
    private readonly ConcurrentDictionary<string, int> _computed;
    private readonly ConcurrentDictionary<string, long> _stepTicks;

    public BuildContext(BuildOptions options, BuildLog log)
    {
        Options = options;
        Log = log;
        _computed = new(StringComparer.Ordinal);
        _stepTicks = new(StringComparer.Ordinal);
    }

    /// <summary>A context for computing one cached result: its own diagnostics, everything else shared with <paramref name="parent"/>.</summary>
    private BuildContext(BuildContext parent)
    {
        Options = parent.Options;
        Log = parent.Log;
        Cache = parent.Cache;
        _computed = parent._computed;
        _stepTicks = parent._stepTicks;
    }

    public BuildOptions Options { get; }

    public BuildLog Log { get; }

    /// <summary>Results of earlier builds this one may reuse (the preview keeps one); <see langword="null"/> for a build from scratch.</summary>
    public BuildCache? Cache { get; init; }

    public bool HasErrors => _diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Every diagnostic reported so far, each once (a problem with the theme is met by every page), ordered by file,
    /// position, code and message, so output is stable whatever order they came in.
    /// </summary>
    public ImmutableArray<Diagnostic> Diagnostics =>
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

    /// <summary>Runs one module and logs its time at verbose level, followed by the time of the steps it ran for each page.</summary>
    public TOut Run<TIn, TOut>(IModule<TIn, TOut> module, TIn input)
    {
        var clock = Stopwatch.StartNew();
        var result = module.Run(input, this);
        Log.Verbose($"  {ModuleName(module)}: {clock.Elapsed.TotalMilliseconds:0.0} ms");
        foreach (var (step, ticks) in _stepTicks.OrderByDescending(s => s.Value))
        {
            Log.Verbose($"    {step}: {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds:0.0} ms, summed over the pages");
        }

        _stepTicks.Clear();
        return result;
    }

    /// <summary>Runs one step of a page's build, adding its time to the step's total, which <see cref="Run"/> logs.</summary>
    public TOut RunStep<TIn, TOut>(IModule<TIn, TOut> module, TIn input)
    {
        if (!Log.IsVerbose)
        {
            return module.Run(input, this);
        }

        var start = Stopwatch.GetTimestamp();
        var result = module.Run(input, this);
        var ticks = Stopwatch.GetTimestamp() - start;
        _stepTicks.AddOrUpdate(ModuleName(module), ticks, (_, total) => total + ticks);
        return result;
    }

    /// <summary>
    /// Computes one result of <paramref name="step"/>, or reuses the one the <see cref="Cache"/> holds under the same
    /// <paramref name="key"/> and equal inputs, reporting its diagnostics again.
    /// </summary>
    /// <param name="inputs">Everything the result depends on, compared with <see cref="object.Equals(object?)"/>; asked for only when there is a cache.</param>
    public T Reuse<T>(string step, string key, Func<ImmutableArray<object>> inputs, Func<BuildContext, T> compute)
    {
        if (Cache is null)
        {
            _computed.AddOrUpdate(step, 1, (_, count) => count + 1);
            return compute(this);
        }

        var current = inputs();
        if (Cache.TryGet(step, key, current, out var cached))
        {
            foreach (var diagnostic in cached.Diagnostics)
            {
                Report(diagnostic);
            }

            return (T)cached.Value!;
        }

        _computed.AddOrUpdate(step, 1, (_, count) => count + 1);
        var scope = new BuildContext(this);
        var value = compute(scope);
        var diagnostics = scope.Diagnostics;
        foreach (var diagnostic in diagnostics)
        {
            Report(diagnostic);
        }

        Cache.Set(step, key, new CachedResult(current, value, diagnostics));
        return value;
    }

    /// <summary>The module's name, and the inner module's for one that runs another, e.g. <c>InParallel(BuildPage)</c>.</summary>
    private static string ModuleName(object module) =>
        module.GetType() is { IsGenericType: true } type ? $"{type.Name[..type.Name.IndexOf('`')]}({module})" : module.GetType().Name;

    /// <summary>How many results <paramref name="step"/> computed in this build rather than reused.</summary>
    public int ComputedCount(string step) => _computed.GetValueOrDefault(step);
}
