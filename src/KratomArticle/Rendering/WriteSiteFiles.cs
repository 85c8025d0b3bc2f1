using System.Collections.Immutable;
using System.Text;
using System.Xml;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;

namespace KratomArticle.Rendering;

/// <summary>
/// Writes the files around the pages: theme assets, content assets, <c>sitemap.xml</c>, the Atom feed and
/// <c>robots.txt</c>. The sitemap and the feed are made from the pages' summaries, not from their HTML.
/// </summary>
public sealed class WriteSiteFiles(SiteSettings settings, ImmutableArray<ThemeAsset> themeAssets, ImmutableArray<ContentFile> contentFiles, SiteOutput output, SiteLinkIndex links)
    : IModule<ImmutableArray<ArticleSummary>, int>
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";
    public const string FeedPath = "feed.xml";

    public int Run(ImmutableArray<ArticleSummary> pages, BuildContext context)
    {
        var written = output.FileCount;
        var contentAssets = contentFiles.Where(f => f.Kind == ContentKind.Asset).ToList();
        WriteThemeAssets(contentAssets, context);
        foreach (var file in contentAssets)
        {
            WriteContentAsset(file, context);
        }

        if (settings.BaseUrl is { } baseUrl)
        {
            // Both depend on the pages' paths and front matter only, so the preview reuses them after most saves.
            var sources = new Lazy<ImmutableArray<object>>(() => [settings, baseUrl, .. pages.Select(p => (p.UrlPath, p.FrontMatter))]);
            ImmutableArray<object> inputs() => sources.Value;
            output.Write(context.Reuse(nameof(Sitemap), SitemapPath, inputs, _ => new OutputFile(SitemapPath, Sitemap(baseUrl, pages))));
            output.Write(context.Reuse(nameof(AtomFeed), FeedPath, inputs, _ => new OutputFile(FeedPath, AtomFeed.Write(settings, baseUrl, pages))));
        }
        else
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.SitemapSkipped,
                "site.yml has no 'base-url', so sitemap.xml and feed.xml are not written (they need absolute URLs); set it or pass --base-url.", null));
        }

        output.Write(OutputFile.FromText(RobotsPath, Robots(settings.BaseUrl)));
        return output.FileCount - written;
    }

    /// <summary>Writes the theme's files, except one a site adds under a path that a page, a content file or a site file has.</summary>
    private void WriteThemeAssets(List<ContentFile> contentAssets, BuildContext context)
    {
        var taken = output.Paths.Concat(contentAssets.Select(f => f.RelativePath)).Concat([SitemapPath, RobotsPath, FeedPath]).ToHashSet(StringComparer.Ordinal);
        foreach (var asset in themeAssets)
        {
            if (taken.Contains(asset.PublishedName))
            {
                var shown = ThemeOverlay.Shown(context.Options, Path.Combine(ThemeOverlay.Folder(context.Options), asset.Name));
                context.Report(Diagnostic.Error(DiagnosticCodes.ThemeFileUnusable,
                    $"{shown} would be published as {asset.PublishedName}, which the site already has; rename it.", null));
                continue;
            }

            output.Write(new OutputFile(asset.PublishedName, asset.Content));
        }
    }

    /// <summary>Copies the file as it is; an HTML file among the content is read for the link check too.</summary>
    private void WriteContentAsset(ContentFile file, BuildContext context)
    {
        if (!file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
        {
            output.Copy(file.RelativePath, file.FullPath, context);
            return;
        }

        var html = File.ReadAllBytes(file.FullPath);
        output.Write(new OutputFile(file.RelativePath, html));
        links.Add(PageLinkIndex.Read(file.RelativePath, html, authored: true, SourceLinks.OfHtmlFile(file.RelativePath, Encoding.UTF8.GetString(html))));
    }

    private static byte[] Sitemap(Uri baseUrl, ImmutableArray<ArticleSummary> pages)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var page in pages.OrderBy(p => p.UrlPath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", SiteUrl.Absolute(baseUrl, page.UrlPath));
                if (page.FrontMatter.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", IsoDate.Format(lastModified));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static string Robots(Uri? baseUrl) =>
        "User-agent: *\nAllow: /\n" + (baseUrl is null ? "" : $"\nSitemap: {new Uri(baseUrl, SitemapPath).AbsoluteUri}\n");
}
