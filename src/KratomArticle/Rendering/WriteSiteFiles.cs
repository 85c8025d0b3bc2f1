using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;

namespace KratomArticle.Rendering;

/// <summary>The files around the pages: theme assets, content assets, <c>sitemap.xml</c>, the Atom feed and <c>robots.txt</c>.</summary>
public sealed class WriteSiteFiles(SiteSettings settings, ImmutableArray<ThemeAsset> themeAssets, ImmutableArray<ContentFile> contentFiles)
    : IModule<ImmutableArray<RenderedArticle>, ImmutableArray<OutputFile>>
{
    public const string SitemapPath = "sitemap.xml";
    public const string RobotsPath = "robots.txt";
    public const string FeedPath = "feed.xml";

    public ImmutableArray<OutputFile> Run(ImmutableArray<RenderedArticle> articles, BuildContext context)
    {
        var files = ImmutableArray.CreateBuilder<OutputFile>();
        files.AddRange(themeAssets.Select(a => new OutputFile(a.PublishedName, a.Content)));
        files.AddRange(contentFiles.Where(f => f.Kind == ContentKind.Asset).Select(f =>
            context.Reuse(nameof(WriteSiteFiles), f.RelativePath, [f, FileStamp.Of(f.FullPath)], _ => new OutputFile(f.RelativePath, File.ReadAllBytes(f.FullPath)))));

        if (settings.BaseUrl is { } baseUrl)
        {
            files.Add(new OutputFile(SitemapPath, Sitemap(baseUrl, articles)));
            files.Add(new OutputFile(FeedPath, AtomFeed.Write(settings, baseUrl, articles)));
        }
        else
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.SitemapSkipped,
                "site.yml has no 'base-url', so sitemap.xml and feed.xml are not written (they need absolute URLs); set it or pass --base-url.", null));
        }

        files.Add(OutputFile.FromText(RobotsPath, Robots(settings.BaseUrl)));
        return files.ToImmutable();
    }

    private static byte[] Sitemap(Uri baseUrl, ImmutableArray<RenderedArticle> articles)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var article in articles.OrderBy(a => a.Source.UrlPath, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", new Uri(baseUrl, article.Source.UrlPath).AbsoluteUri);
                if (article.Source.Page.FrontMatter.LastModified is { } lastModified)
                {
                    xml.WriteElementString("lastmod", lastModified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
