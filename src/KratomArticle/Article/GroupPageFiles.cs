using System.Collections.Immutable;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Article;

/// <summary>
/// Groups the Markdown files by the page they make, from their names alone, so that each page can be read, rendered
/// and written on its own, while other pages are still being read.
/// </summary>
internal sealed class GroupPageFiles : IModule<ImmutableArray<ContentFile>, ImmutableArray<PageFiles>>
{
    public ImmutableArray<PageFiles> Run(ImmutableArray<ContentFile> files, BuildContext context) =>
    [
        .. files.Where(f => f.Kind is ContentKind.Page or ContentKind.Section)
            .GroupBy(f => PageSource.UrlPathFor(f.PageKey), StringComparer.Ordinal)
            .Select(g => new PageFiles(g.Key, [.. g])),
    ];
}
