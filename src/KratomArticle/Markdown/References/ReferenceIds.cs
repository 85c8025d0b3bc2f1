namespace KratomArticle.Markdown.References;

/// <summary>
/// The element ids of a page's references and of the citations that point at them. They hold a colon,
/// which a heading's slug never does; an explicit heading id that takes one is reported as a duplicate.
/// </summary>
internal static class ReferenceIds
{
    public static string Entry(int number) => $"ref:{number}";

    /// <param name="occurrence">1 for the first place the text cites the entry, 2 for the second…</param>
    public static string Citation(int number, int occurrence) => occurrence == 1 ? $"cite:{number}" : $"cite:{number}:{occurrence}";
}
