using System.Collections.Immutable;

namespace KratomArticle.Checking;

/// <summary>
/// What a link can point at: the site's files, and the element ids of its HTML files. Two are equal when a link
/// resolves the same against both, so the preview can reuse a page's link problems while this stays the same.
/// </summary>
public sealed class LinkTargets(IReadOnlyCollection<string> paths, ImmutableArray<PageLinkIndex> pages) : IEquatable<LinkTargets>
{
    private readonly HashSet<string> _paths = new(paths, StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlySet<string>> _ids = pages.ToDictionary(p => p.Path, p => p.Ids, StringComparer.Ordinal);

    /// <summary>Tells this object from any other by reference alone, for caches that must not compare the whole site again for each page.</summary>
    public object Identity { get; } = new();

    public bool HasFile(string path) => _paths.Contains(path);

    /// <summary>The ids of the HTML file at <paramref name="path"/>, or <see langword="null"/> when it is not an HTML file.</summary>
    public IReadOnlySet<string>? IdsOf(string path) => _ids.GetValueOrDefault(path);

    public bool Equals(LinkTargets? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && _paths.Count == other._paths.Count && _paths.All(other._paths.Contains)
            && _ids.Count == other._ids.Count
            && _ids.All(page => other._ids.TryGetValue(page.Key, out var ids) && (ReferenceEquals(ids, page.Value) || ids.SetEquals(page.Value))));

    public override bool Equals(object? obj) => Equals(obj as LinkTargets);

    public override int GetHashCode() => _paths.Count;
}
