using System.Collections.Immutable;

namespace KratomArticle.Preview;

/// <summary>The files saved in one burst of changes.</summary>
/// <param name="Paths">The full paths of the files that changed, in order.</param>
/// <param name="Overflowed">Whether the watcher lost events, so that any file may have changed.</param>
public sealed record ChangeBatch(ImmutableArray<string> Paths, bool Overflowed);
