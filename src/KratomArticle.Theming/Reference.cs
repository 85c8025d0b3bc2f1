using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>One numbered entry of an article's References: a footnote from the Markdown or an item of the front matter's <c>references</c>.</summary>
/// <param name="Id">The element id of the entry; citations in the text link to <c>#Id</c>.</param>
/// <param name="Number">The entry's number, counted across the whole page.</param>
/// <param name="Html">The entry's content as HTML: inline HTML when it is a single paragraph.</param>
/// <param name="Url">The source's address, for a front matter reference that gives one.</param>
/// <param name="CitationIds">The ids of the places in the text that cite this entry, for back-links; empty for front matter references.</param>
public sealed record Reference(string Id, int Number, string Html, string? Url, ImmutableArray<string> CitationIds)
{
    /// <summary>The citation as plain text, for a front matter reference; <see langword="null"/> for a footnote.</summary>
    public string? Text { get; init; }

    /// <summary>The source's DOI, such as <c>10.1000/xyz123</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>The source's PubMed id, such as <c>31234567</c>.</summary>
    public string? Pmid { get; init; }

    /// <summary>Where the DOI resolves: <c>https://doi.org/</c> and the DOI, each part of it escaped.</summary>
    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + string.Join('/', Doi.Split('/').Select(Uri.EscapeDataString));

    public string? PubMedUrl => Pmid is null ? null : $"https://pubmed.ncbi.nlm.nih.gov/{Pmid}/";
}
