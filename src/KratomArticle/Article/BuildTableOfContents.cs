using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Article;

/// <summary>Gives each article its table of contents: the section titles and the <c>h3</c> headings under them.</summary>
public sealed class BuildTableOfContents : IModule<ImmutableArray<RenderedArticle>, ImmutableArray<RenderedArticle>>
{
    public const int FirstLevel = 2;
    public const int LastLevel = 3;

    public ImmutableArray<RenderedArticle> Run(ImmutableArray<RenderedArticle> articles, BuildContext context) =>
        [.. articles.Select(a => a with { TableOfContents = TableOfContents.Build(a.Headings, FirstLevel, LastLevel) })];
}
