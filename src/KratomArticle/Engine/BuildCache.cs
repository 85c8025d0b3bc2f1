using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace KratomArticle.Engine;

/// <summary>
/// What earlier builds computed, kept across the preview's rebuilds so a rebuild redoes only the work whose
/// inputs changed. A result is reused only when its step, key and inputs all match, so a build that reuses
/// results gives exactly what a build from scratch gives.
/// </summary>
public sealed class BuildCache
{
    // By key first: a key is mostly a file's path, and a saved file's results are forgotten without looking at the others'.
    // A key has a result from a few steps at most, so they are kept in a small array, replaced whole when one is set.
    private readonly ConcurrentDictionary<string, ImmutableArray<(string Step, CachedResult Result)>> _results = new(StringComparer.Ordinal);

    /// <param name="toldOfEveryChange">Whether the owner calls <see cref="Forget"/> for every file that changes (or <see cref="Clear"/>
    /// when it cannot tell), as the preview's watcher does; then a file's stamp need not be read to know it is unchanged.</param>
    public BuildCache(bool toldOfEveryChange = false) => ToldOfEveryChange = toldOfEveryChange;

    public bool ToldOfEveryChange { get; }

    public bool TryGet(string step, string key, ImmutableArray<object> inputs, [NotNullWhen(true)] out CachedResult? result)
    {
        if (_results.TryGetValue(key, out var steps))
        {
            foreach (var kept in steps)
            {
                if (kept.Step == step)
                {
                    result = kept.Result;
                    return result.Inputs.SequenceEqual(inputs);
                }
            }
        }

        result = null;
        return false;
    }

    public void Set(string step, string key, CachedResult result) =>
        _results.AddOrUpdate(key, _ => [(step, result)], (_, steps) => [.. steps.Where(kept => kept.Step != step), (step, result)]);

    /// <summary>Drops what every step kept under <paramref name="key"/>, and under any key inside it when it names a folder, e.g. for a file or a folder a watcher saw change.</summary>
    public void Forget(string key)
    {
        if (_results.TryRemove(key, out _))
        {
            return;
        }

        // Not a key itself, so perhaps a folder (or a file forgotten already, which a caller should not ask for twice: this reads every key). Enumerating the dictionary, unlike its Keys, neither locks it nor copies every key.
        foreach (var (entry, _) in _results)
        {
            if (entry.StartsWith(key, StringComparison.Ordinal) && entry.Length > key.Length && entry[key.Length] == '/')
            {
                _results.TryRemove(entry, out _);
            }
        }
    }

    public void Clear() => _results.Clear();
}
