using System.IO.Compression;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Site;

/// <summary>
/// The article page's budgets, read from the built files: nothing from another host, one stylesheet and at
/// most one script with content hashes in their names, at most 30 KB gzip-compressed, images with their size.
/// </summary>
public sealed partial class PageBudgetTests
{
    public const int MaxCompressedBytes = 30 * 1024;

    private const string Resources = "script[src], link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload], img, source, iframe, video, audio, embed, object";

    public static TheoryData<string> Sites => ["real article", "article with references"];

    [Theory]
    [MemberData(nameof(Sites))]
    public void The_article_page_stays_within_its_budgets(string name)
    {
        using var site = name == "real article" ? TestSite.WithRealContent() : ReferencesArticle.Create();
        Assert.Equal(0, CliRun.Start(site.Root, "build").ExitCode);
        var html = site.ReadOutput("index.html");
        var page = new HtmlParser().ParseDocument(html);

        foreach (var element in page.QuerySelectorAll(Resources))
        {
            var url = element.GetAttribute("src") ?? element.GetAttribute("href") ?? element.GetAttribute("data") ?? "";
            Assert.False(Uri.TryCreate(url, UriKind.Absolute, out _) || url.StartsWith("//", StringComparison.Ordinal), $"{element.OuterHtml} loads from another host");
        }

        var stylesheet = Assert.Single(page.QuerySelectorAll("link[rel~=stylesheet]")).GetAttribute("href")!;
        var scripts = page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!).ToArray();
        Assert.InRange(scripts.Length, 0, 1);
        Assert.All(scripts.Append(stylesheet), url => Assert.Matches(HashedName(), url));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.True(s.HasAttribute("defer"), "The script must not block rendering."));

        var css = site.ReadOutput(stylesheet);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
        Assert.All(CssUrl().Matches(css), url => Assert.StartsWith("data:", url.Groups["url"].Value, StringComparison.Ordinal));

        var compressed = new[] { html, css }.Concat(scripts.Select(site.ReadOutput)).Sum(GzipSize);
        Assert.True(compressed <= MaxCompressedBytes, $"HTML, CSS and JS weigh {compressed} bytes gzip-compressed, over the budget of {MaxCompressedBytes}.");
        TestContext.Current.SendDiagnosticMessage($"{name}: HTML, CSS and JS weigh {compressed} bytes gzip-compressed.");

        Assert.All(page.QuerySelectorAll("img"), img => Assert.True(img.HasAttribute("width") && img.HasAttribute("height"), $"{img.OuterHtml} has no width and height"));
    }

    private static int GzipSize(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(System.Text.Encoding.UTF8.GetBytes(text));
        }

        return (int)output.Length;
    }

    [GeneratedRegex(@"^[^/]+\.[0-9a-f]{10}\.(css|js)$")]
    private static partial Regex HashedName();

    [GeneratedRegex(@"url\(\s*[""']?(?<url>[^""')]+)")]
    private static partial Regex CssUrl();
}
