using System.Collections.Immutable;
using System.Text;
using System.Xml;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;

namespace KratomArticle.Output;

/// <summary>The site's <c>sitemap.xml</c> (sitemaps.org 0.9): every page's absolute URL, with its last change when it has a date.</summary>
internal static class Sitemap
{
    public static byte[] Write(Uri baseUrl, ImmutableArray<ArticleSummary> pages)
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
}
