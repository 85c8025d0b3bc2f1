namespace KratomArticle.Markdown;

/// <summary>
/// Attributes at the end of a heading that Markdig leaves in its text: it takes an id or class of one character
/// (<c>{#a}</c>, <c>{.b}</c>) for an empty one, and then reads the whole <c>{…}</c> as text rather than attributes.
/// </summary>
internal static class UnreadAttributes
{
    /// <returns>The <c>{…}</c> that ends <paramref name="headingText"/> and holds a one-character id or class; otherwise <see langword="null"/>.</returns>
    public static string? AtEndOf(string headingText)
    {
        if (!headingText.EndsWith('}') || headingText.LastIndexOf('{') is not (var open and >= 0))
        {
            return null;
        }

        var braces = headingText[open..];
        var parts = braces[1..^1].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(part => part is ['#' or '.', _]) ? braces : null;
    }
}
