using KratomArticle.Article;
using KratomArticle.Engine;

namespace KratomArticle.Editorial;

/// <summary>Measures the reading level of a page's prose, its lead and every section together.</summary>
internal sealed class MeasureReadingLevel : IModule<PageSource, ReadingLevel>
{
    public ReadingLevel Run(PageSource page, BuildContext context) =>
        page.Files
            .SelectMany(f => ProseText.Paragraphs(f.Document))
            .Select(CountReadingLevel.Of)
            .Aggregate(ReadingLevel.None, (total, paragraph) => total + paragraph);
}
