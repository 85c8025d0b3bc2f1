using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>The repository's real article, built by the real command.</summary>
public sealed class RealArticle() : BuiltSite(TestSite.WithRealContent());
