using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Create(ArticleView page)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "MedicalWebPage",
            ["headline"] = page.Title,
            ["description"] = page.Description,
            ["inLanguage"] = page.Site.Language,
        };
        if (page.Links.CanonicalUrl is { } url)
        {
            json["url"] = url;
        }

        if (page.Author is { } author)
        {
            // Bylines here name an editorial team rather than a person.
            json["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = author };
        }

        AddDate(json, "datePublished", page.Published);
        AddDate(json, "dateModified", page.LastModified);
        AddDate(json, "lastReviewed", page.Reviewed);
        if (!page.ReviewedBy.IsEmpty)
        {
            json["reviewedBy"] = new JsonArray([.. page.ReviewedBy.Select(Person)]);
        }

        var citations = page.References.Where(r => r.Text is not null).Select(Citation).ToArray();
        if (citations.Length > 0)
        {
            json["citation"] = new JsonArray(citations);
        }

        var site = new JsonObject { ["@type"] = "WebSite", ["name"] = page.Site.Title };
        if (page.Site.BaseUrl.Length > 0)
        {
            site["url"] = page.Site.BaseUrl;
        }

        json["isPartOf"] = site;
        return json.ToJsonString(Options);
    }

    /// <summary>A front matter reference as a <c>CreativeWork</c>: its DOI and PubMed id become <c>identifier</c>s, and give its <c>url</c> when it has no other.</summary>
    private static JsonNode Citation(Reference reference)
    {
        var work = new JsonObject { ["@type"] = "CreativeWork", ["name"] = reference.Text };
        if ((reference.Url ?? reference.DoiUrl ?? reference.PubMedUrl) is { } url)
        {
            work["url"] = url;
        }

        var identifiers = new JsonArray();
        AddIdentifier(identifiers, "DOI", reference.Doi);
        AddIdentifier(identifiers, "PMID", reference.Pmid);
        if (identifiers.Count > 0)
        {
            work["identifier"] = identifiers;
        }

        return work;
    }

    private static void AddIdentifier(JsonArray identifiers, string kind, string? value)
    {
        if (value is not null)
        {
            // As a JsonNode: the generic Add<T> would serialize by reflection, which the native build cannot do.
            identifiers.Add((JsonNode)new JsonObject { ["@type"] = "PropertyValue", ["propertyID"] = kind, ["value"] = value });
        }
    }

    private static JsonObject Person(Reviewer reviewer)
    {
        var person = new JsonObject { ["@type"] = "Person", ["name"] = reviewer.Name };
        if (reviewer.Url is { } url)
        {
            person["url"] = url;
        }

        if (reviewer.Credentials is { } credentials)
        {
            person["honorificSuffix"] = credentials;
        }

        return person;
    }

    private static void AddDate(JsonObject json, string key, DateOnly? date)
    {
        if (date is { } value)
        {
            json[key] = DateFormats.Iso(value);
        }
    }
}
