using System.Collections.Immutable;
using System.Text;
using System.Xml;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;

namespace KratomArticle.Output;

/// <summary>
/// The site's Atom feed (RFC 4287): one entry per dated page, newest first. The feed's id is its own URL and each
/// entry's id is its page's canonical URL: distinct, and the same from build to build while the page keeps its URL.
/// </summary>
internal static class AtomFeed
{
    private const string Namespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(SiteSettings settings, Uri baseUrl, ImmutableArray<ArticleSummary> articles)
    {
        var entries = articles
            .Where(a => a.FrontMatter.LastModified is not null)
            .OrderByDescending(a => a.FrontMatter.LastModified)
            .ThenBy(a => a.UrlPath, StringComparer.Ordinal)
            .ToList();

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Namespace);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", Namespace, settings.Title);
            if (settings.Description.Length > 0)
            {
                xml.WriteElementString("subtitle", Namespace, settings.Description);
            }

            var feedUrl = new Uri(baseUrl, WriteSiteFiles.FeedPath).AbsoluteUri;
            xml.WriteElementString("id", Namespace, feedUrl);
            WriteLink(xml, "self", feedUrl);
            WriteLink(xml, "alternate", baseUrl.AbsoluteUri);
            // An empty feed has no date of its own to give; the Unix epoch keeps the build reproducible.
            xml.WriteElementString("updated", Namespace, Timestamp(entries.FirstOrDefault()?.FrontMatter.LastModified ?? DateOnly.FromDateTime(DateTime.UnixEpoch)));
            WriteAuthor(xml, settings.Author ?? settings.Title);

            foreach (var article in entries)
            {
                WriteEntry(xml, settings, baseUrl, article);
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteEntry(XmlWriter xml, SiteSettings settings, Uri baseUrl, ArticleSummary article)
    {
        var front = article.FrontMatter;
        var url = SiteUrl.Absolute(baseUrl, article.UrlPath);
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("title", Namespace, front.Title);
        xml.WriteElementString("id", Namespace, url);
        WriteLink(xml, "alternate", url);
        xml.WriteElementString("updated", Namespace, Timestamp(front.LastModified!.Value));
        if (front.Published is { } published)
        {
            xml.WriteElementString("published", Namespace, Timestamp(published));
        }

        WriteAuthor(xml, front.Author ?? settings.Author ?? settings.Title);
        xml.WriteElementString("summary", Namespace, front.Description);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string relation, string href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", relation);
        if (relation == "self")
        {
            xml.WriteAttributeString("type", "application/atom+xml");
        }

        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static void WriteAuthor(XmlWriter xml, string name)
    {
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, name);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => IsoDate.Format(date) + "T00:00:00Z";
}
