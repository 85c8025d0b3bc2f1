using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace KratomArticle.Markdown.References;

/// <summary>
/// The footnotes of every file of a page, numbered across the page. Markdig numbers each file's
/// footnotes from 1, and each section is a document of its own, so its numbers would repeat.
/// </summary>
internal sealed class PageFootnotes
{
    private readonly Dictionary<Footnote, int> _numbers = [];
    private readonly Dictionary<FootnoteLink, string> _citationIds = [];

    /// <param name="documents">The page's files in page order: its own body, then its sections.</param>
    public PageFootnotes(IEnumerable<MarkdownDocument> documents)
    {
        foreach (var footnote in documents.SelectMany(d => d.OfType<FootnoteGroup>()).SelectMany(g => g.OfType<Footnote>()))
        {
            var number = _numbers.Count + 1;
            _numbers[footnote] = number;
            for (var i = 0; i < footnote.Links.Count; i++)
            {
                _citationIds[footnote.Links[i]] = ReferenceIds.Citation(number, i + 1);
            }
        }

        Footnotes = [.. _numbers.Keys];
    }

    /// <summary>The footnotes in page order; the first is number 1.</summary>
    public ImmutableArray<Footnote> Footnotes { get; }

    /// <summary>Every id the footnotes and their citations take on the page.</summary>
    public IEnumerable<string> Ids =>
        _numbers.Values.Select(ReferenceIds.Entry).Concat(_citationIds.Values);

    public int NumberOf(Footnote footnote) => _numbers[footnote];

    public string CitationIdOf(FootnoteLink link) => _citationIds[link];

    public ImmutableArray<string> CitationIdsOf(Footnote footnote) => [.. footnote.Links.Select(CitationIdOf)];
}
