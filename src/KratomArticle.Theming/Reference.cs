using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>One numbered entry of an article's References: a footnote from the Markdown or an item of the front matter's <c>references</c>.</summary>
/// <param name="Id">The element id of the entry; citations in the text link to <c>#Id</c>.</param>
/// <param name="Number">The entry's number, counted across the whole page.</param>
/// <param name="Html">The entry's content as HTML: inline HTML when it is a single paragraph.</param>
/// <param name="Url">The source's address, for a front matter reference that gives one.</param>
/// <param name="CitationIds">The ids of the places in the text that cite this entry, for back-links; empty for front matter references.</param>
public sealed record Reference(string Id, int Number, string Html, string? Url, ImmutableArray<string> CitationIds);
