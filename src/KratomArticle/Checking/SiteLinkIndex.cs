using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace KratomArticle.Checking;

/// <summary>The ids and links of every HTML file of the site, gathered as the files are written, for the link check at the end.</summary>
public sealed class SiteLinkIndex
{
    private readonly ConcurrentDictionary<string, PageLinkIndex> _pages = new(StringComparer.Ordinal);

    public void Add(PageLinkIndex page) => _pages[page.Path] = page;

    /// <summary>The files, in no particular order.</summary>
    public ImmutableArray<PageLinkIndex> Pages => [.. _pages.Values];
}
