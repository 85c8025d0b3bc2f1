using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>The test article with reviewers, sources with a DOI, a PubMed id and a URL, and key points and warning callouts (see <see cref="ReviewedArticle"/>).</summary>
public sealed class ReviewedArticleSite() : BuiltSite(ReviewedArticle.Create(), "--today", "2025-03-01");
