using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Article;

/// <summary>Gives each article its table of contents: the section titles and the <c>h3</c> headings under them.</summary>
internal sealed class BuildTableOfContents : IModule<RenderedArticle, RenderedArticle>
{
    public const int FirstLevel = ParsedSection.TitleLevel;
    public const int LastLevel = 3;

    public RenderedArticle Run(RenderedArticle article, BuildContext context) =>
        article with { TableOfContents = TableOfContents.Build(article.Headings, FirstLevel, LastLevel) };
}
