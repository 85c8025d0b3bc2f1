using System.Collections.Concurrent;
using System.Diagnostics;

namespace KratomArticle.Engine;

/// <summary>Times the pipeline's modules and, summed over the pages, the steps each page goes through; logged at verbose level.</summary>
internal sealed class StageTimer(BuildLog log)
{
    private readonly ConcurrentDictionary<string, long> _stepTicks = new(StringComparer.Ordinal);

    /// <summary>Runs one module and logs its time, followed by the time of the steps it ran for each page.</summary>
    public TOut Run<TIn, TOut>(IModule<TIn, TOut> module, TIn input, BuildContext context)
    {
        var clock = Stopwatch.StartNew();
        var result = module.Run(input, context);
        log.Verbose($"  {ModuleName(module)}: {clock.Elapsed.TotalMilliseconds:0.0} ms");
        foreach (var (step, ticks) in _stepTicks.OrderByDescending(s => s.Value))
        {
            log.Verbose($"    {step}: {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds:0.0} ms, summed over the pages");
        }

        _stepTicks.Clear();
        return result;
    }

    /// <summary>Runs one step of a page's build, adding its time to the step's total, which <see cref="Run"/> logs.</summary>
    public TOut RunStep<TIn, TOut>(IModule<TIn, TOut> module, TIn input, BuildContext context)
    {
        if (!log.IsVerbose)
        {
            return module.Run(input, context);
        }

        var start = Stopwatch.GetTimestamp();
        var result = module.Run(input, context);
        var ticks = Stopwatch.GetTimestamp() - start;
        _stepTicks.AddOrUpdate(ModuleName(module), ticks, (_, total) => total + ticks);
        return result;
    }

    /// <summary>The module's name, and the inner module's for one that runs another, e.g. <c>InParallel(BuildPage)</c>.</summary>
    private static string ModuleName(object module) =>
        module.GetType() is { IsGenericType: true } type ? $"{type.Name[..type.Name.IndexOf('`')]}({module})" : module.GetType().Name;
}
