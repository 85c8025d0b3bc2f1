using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Engine;
using KratomArticle.Testing;

namespace KratomArticle.Tests;

/// <summary>Builds a test site in memory, requires it to build without an error, and parses its home page.</summary>
internal static class ErrorFreePage
{
    public static IDocument Build(TestSite site)
    {
        var (build, context) = SiteBuilder.Build(site);
        Assert.DoesNotContain(context.Diagnostics, d => d.Severity == Severity.Error);
        return new HtmlParser().ParseDocument(SiteBuilder.Page(build));
    }
}
