using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Output;

/// <summary>
/// Writes the files about the site as a whole: <c>sitemap.xml</c>, the Atom feed and <c>robots.txt</c>, made from the
/// pages' summaries, not from their HTML. Without a base URL the sitemap and the feed are not written (nor kept from an
/// earlier build).
/// </summary>
internal sealed class WriteSiteFiles(SiteSettings settings, SiteOutput output) : IModule<ImmutableArray<ArticleSummary>, int>
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";
    public const string FeedPath = "feed.xml";

    /// <summary>The paths these files take, which no theme file may be published under.</summary>
    public static readonly ImmutableArray<string> Paths = [SitemapPath, RobotsPath, FeedPath];

    public int Run(ImmutableArray<ArticleSummary> pages, BuildContext context)
    {
        if (settings.BaseUrl is { } baseUrl)
        {
            output.Write(new OutputFile(SitemapPath, Sitemap.Write(baseUrl, pages)));
            output.Write(new OutputFile(FeedPath, AtomFeed.Write(settings, baseUrl, pages)));
        }
        else
        {
            output.Remove(SitemapPath);
            output.Remove(FeedPath);
            context.Report(Diagnostic.Warning(DiagnosticCodes.SitemapSkipped,
                "site.yml has no 'base-url', so sitemap.xml and feed.xml are not written (they need absolute URLs); set it or pass --base-url.", null));
        }

        output.Write(OutputFile.FromText(RobotsPath, Robots(settings.BaseUrl)));
        return settings.BaseUrl is null ? 1 : Paths.Length;
    }

    private static string Robots(Uri? baseUrl) =>
        "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"\nSitemap: {new Uri(baseUrl, SitemapPath).AbsoluteUri}\n");
}
