using KratomArticle.Engine;

namespace KratomArticle.Markdown;

/// <summary>A heading of a page, with the id it was given and where it came from.</summary>
/// <param name="Text">The heading as plain text: markup and HTML tags dropped.</param>
/// <param name="Id">The heading's id; empty for a heading with no text, which gets none.</param>
/// <param name="TocText">The label the table of contents shows, when it differs from <paramref name="Text"/>.</param>
internal sealed record PageHeading(int Level, string Id, string Text, SourceLocation Location, string? TocText = null)
{
    /// <summary>Whether the heading can be linked to: one with no text has no id, no permalink and no contents entry.</summary>
    public bool IsLinkable => Id.Length > 0;

    /// <summary>Whether the heading is inside a callout, which keeps it out of the table of contents.</summary>
    public bool InCallout { get; init; }
}
