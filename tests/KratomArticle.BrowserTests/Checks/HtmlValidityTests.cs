using KratomArticle.BrowserTests.Support;

namespace KratomArticle.BrowserTests.Checks;

/// <summary>Every page of the built sites, and their CSS and SVG files, pass the W3C Nu HTML Checker with no errors.</summary>
public sealed class HtmlValidityTests(RealArticle realArticle, ArticleWithReferences articleWithReferences, ReviewedArticleSite reviewedArticle)
    : IClassFixture<RealArticle>, IClassFixture<ArticleWithReferences>, IClassFixture<ReviewedArticleSite>
{
    [Fact]
    public async Task The_real_article_site_has_no_errors() => await AssertValidAsync(realArticle);

    [Fact]
    public async Task The_article_with_references_has_no_errors() => await AssertValidAsync(articleWithReferences);

    [Fact]
    public async Task The_reviewed_article_with_callouts_has_no_errors() => await AssertValidAsync(reviewedArticle);

    private static async Task AssertValidAsync(BuiltSite site)
    {
        NuHtmlChecker.SkipUnlessAvailable();

        var errors = await NuHtmlChecker.ErrorsInAsync(site.OutputDirectory);

        TestContext.Current.SendDiagnosticMessage($"vnu errors: {errors.Length}");
        Assert.True(errors.Length == 0, "The Nu HTML Checker reports:\n" + string.Join('\n', errors));
    }
}
