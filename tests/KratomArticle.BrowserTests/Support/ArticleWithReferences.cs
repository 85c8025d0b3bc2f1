using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>The test article that cites sources and uses the rest of the Markdown the theme styles (see <see cref="ReferencesArticle"/>).</summary>
public sealed class ArticleWithReferences() : BuiltSite(ReferencesArticle.Create());
