namespace KratomArticle.Reporting;

/// <summary>A count and its noun as people write them: <c>1 page</c>, <c>2 pages</c>.</summary>
internal static class Plural
{
    public static string Of(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
