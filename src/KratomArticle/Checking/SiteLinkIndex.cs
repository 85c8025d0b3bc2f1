using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KratomArticle.Checking;

/// <summary>The ids and links of every HTML file of the site, gathered as the files are written, for the link check at the end.</summary>
internal sealed class SiteLinkIndex
{
    private readonly ConcurrentDictionary<string, PageLinkIndex> _pages = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a file's ids and links; returns whether its ids changed (or it is new), which may change what links to it resolve to.</summary>
    public bool Add(PageLinkIndex page)
    {
        var old = _pages.GetValueOrDefault(page.Path);
        _pages[page.Path] = page;
        return old is null || !old.Ids.SetEquals(page.Ids);
    }

    public bool Remove(string path) => _pages.TryRemove(path, out _);

    public PageLinkIndex? Find(string path) => _pages.GetValueOrDefault(path);

    /// <summary>The files, in no particular order.</summary>
    public ImmutableArray<PageLinkIndex> Pages => [.. _pages.Values];
}
