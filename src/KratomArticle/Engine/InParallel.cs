using System.Collections.Immutable;

namespace KratomArticle.Engine;

/// <summary>Runs a module over every item on all cores (or as many as <see cref="BuildOptions.MaxParallelism"/> allows), keeping the items' order in its result.</summary>
internal sealed class InParallel<TIn, TOut>(IModule<TIn, TOut> module) : IModule<ImmutableArray<TIn>, ImmutableArray<TOut>>
{
    public ImmutableArray<TOut> Run(ImmutableArray<TIn> input, BuildContext context)
    {
        var results = new TOut[input.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.Options.MaxParallelism ?? -1 };
        Parallel.For(0, input.Length, options, i => results[i] = module.Run(input[i], context));
        return ImmutableArray.Create(results);
    }

    public override string ToString() => module.GetType().Name;
}
