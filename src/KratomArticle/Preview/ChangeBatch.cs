using System.Collections.Immutable;

namespace KratomArticle.Preview;

/// <summary>The files saved in one burst of changes.</summary>
/// <param name="Paths">The full paths of the files that changed, in order.</param>
/// <param name="Everything">Whether anything may have changed: the theme's code was updated, or the watcher lost events.</param>
/// <param name="FilesAddedOrRemoved">Whether a file or folder was created, deleted or renamed, rather than only written to.</param>
internal sealed record ChangeBatch(ImmutableArray<string> Paths, bool Everything, bool FilesAddedOrRemoved);
