using KratomArticle.Content;
using KratomArticle.Engine;
using Markdig.Syntax;

namespace KratomArticle.Article;

/// <summary>A heading of a page before it has an id: a Markdown heading, or a section's title from its front matter.</summary>
/// <param name="Block">The Markdown heading, or <see langword="null"/> for a section title from front matter.</param>
/// <param name="Section">The section the heading is in, or <see langword="null"/> for the page's own file.</param>
/// <param name="ExplicitId">The id the author gave it (<c>{#id}</c>, or <c>id</c> in a section's front matter).</param>
internal sealed record FoundHeading(
    HeadingBlock? Block, ParsedSection? Section, int Level, string Text, string? ExplicitId, SourceLocation Location, string? TocText, bool InCallout);
