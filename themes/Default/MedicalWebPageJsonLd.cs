using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KratomArticle.Theming;

namespace KratomArticle.Themes.Default;

/// <summary>An article as a schema.org <c>MedicalWebPage</c>, serialized for a <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
public static class MedicalWebPageJsonLd
{
    /// <summary>
    /// Leaves letters of every script readable but still escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c> and quotes
    /// (as <c>\u003C</c>…), so no front matter text can close the script element.
    /// </summary>
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Written straight to a buffer kept per thread: every page writes one, and a tree of JSON nodes to serialize took
    // more than the rest of the page's metadata.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static string Create(ArticleView page)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>();
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, page);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, ArticleView page)
    {
        json.WriteStartObject();
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "MedicalWebPage");
        json.WriteString("headline", page.Title);
        json.WriteString("description", page.Description);
        json.WriteString("inLanguage", page.Site.Language);
        WriteIfAny(json, "url", page.Links.CanonicalUrl);
        if (page.Author is { } author)
        {
            // Bylines here name an editorial team rather than a person.
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", author);
            json.WriteEndObject();
        }

        WriteDate(json, "datePublished", page.Published);
        WriteDate(json, "dateModified", page.LastModified);
        WriteDate(json, "lastReviewed", page.Reviewed);
        if (!page.ReviewedBy.IsEmpty)
        {
            json.WriteStartArray("reviewedBy");
            foreach (var reviewer in page.ReviewedBy)
            {
                WritePerson(json, reviewer);
            }

            json.WriteEndArray();
        }

        if (page.References.Any(r => r.Text is not null))
        {
            json.WriteStartArray("citation");
            foreach (var reference in page.References.Where(r => r.Text is not null))
            {
                WriteCitation(json, reference);
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("isPartOf");
        json.WriteString("@type", "WebSite");
        json.WriteString("name", page.Site.Title);
        WriteIfAny(json, "url", page.Site.BaseUrl.Length > 0 ? page.Site.BaseUrl : null);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A front matter reference as a <c>CreativeWork</c>: its DOI and PubMed id become <c>identifier</c>s, and give its <c>url</c> when it has no other.</summary>
    private static void WriteCitation(Utf8JsonWriter json, Reference reference)
    {
        json.WriteStartObject();
        json.WriteString("@type", "CreativeWork");
        json.WriteString("name", reference.Text);
        WriteIfAny(json, "url", reference.Url ?? reference.DoiUrl ?? reference.PubMedUrl);
        if (reference.Doi is not null || reference.Pmid is not null)
        {
            json.WriteStartArray("identifier");
            WriteIdentifier(json, "DOI", reference.Doi);
            WriteIdentifier(json, "PMID", reference.Pmid);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteIdentifier(Utf8JsonWriter json, string kind, string? value)
    {
        if (value is not null)
        {
            json.WriteStartObject();
            json.WriteString("@type", "PropertyValue");
            json.WriteString("propertyID", kind);
            json.WriteString("value", value);
            json.WriteEndObject();
        }
    }

    private static void WritePerson(Utf8JsonWriter json, Reviewer reviewer)
    {
        json.WriteStartObject();
        json.WriteString("@type", "Person");
        json.WriteString("name", reviewer.Name);
        WriteIfAny(json, "url", reviewer.Url);
        WriteIfAny(json, "honorificSuffix", reviewer.Credentials);
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string key, DateOnly? date)
    {
        if (date is { } value)
        {
            json.WriteString(key, DateFormats.Iso(value));
        }
    }

    private static void WriteIfAny(Utf8JsonWriter json, string key, string? value)
    {
        if (value is not null)
        {
            json.WriteString(key, value);
        }
    }
}
