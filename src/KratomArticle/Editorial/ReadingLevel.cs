namespace KratomArticle.Editorial;

/// <summary>How hard a page's prose is to read: its words, sentences and syllables, and the Flesch–Kincaid grade they give.</summary>
internal sealed record ReadingLevel(int Words, int Sentences, int Syllables)
{
    public static ReadingLevel None { get; } = new(0, 0, 0);

    /// <summary>The US school grade a reader needs, to one decimal: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : Math.Round((0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59, 1, MidpointRounding.AwayFromZero);

    public static ReadingLevel operator +(ReadingLevel a, ReadingLevel b) =>
        new(a.Words + b.Words, a.Sentences + b.Sentences, a.Syllables + b.Syllables);
}
