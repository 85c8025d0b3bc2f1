namespace KratomArticle.Article;

/// <summary>How long a page takes to read, in whole minutes (at least one), from the words of its files.</summary>
internal static class MeasureReadingTime
{
    private const int WordsPerMinute = 220;

    public static int Minutes(PageSource page)
    {
        var words = page.Sections.Sum(s => CountWords.In(s.Body)) + CountWords.In(page.Page.Body);
        return Math.Max(1, (int)Math.Round(words / (double)WordsPerMinute));
    }
}
