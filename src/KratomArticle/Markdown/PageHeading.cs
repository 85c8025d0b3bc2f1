using KratomArticle.Engine;

namespace KratomArticle.Markdown;

/// <summary>A heading of a page, with the id it was given and where it came from.</summary>
/// <param name="Text">The heading as plain text.</param>
/// <param name="Html">The heading's content as inline HTML (code spans and emphasis kept).</param>
/// <param name="TocHtml">The label the table of contents shows, when it differs from <paramref name="Html"/>.</param>
public sealed record PageHeading(int Level, string Id, string Text, string Html, SourceLocation Location, string? TocHtml = null);
