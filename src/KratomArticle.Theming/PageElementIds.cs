namespace KratomArticle.Theming;

/// <summary>Element ids the generator and every theme agree on.</summary>
public static class PageElementIds
{
    /// <summary>The id of the References heading, which each citation in the text names in its <c>aria-describedby</c>.</summary>
    public const string References = "references";
}
