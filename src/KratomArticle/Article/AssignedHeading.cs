using KratomArticle.Content;
using KratomArticle.Markdown;
using Markdig.Syntax;

namespace KratomArticle.Article;

/// <summary>A heading of a page with the id it was given.</summary>
/// <param name="Block">The Markdown heading, or <see langword="null"/> for a section title from front matter.</param>
/// <param name="Section">The section the heading is in, or <see langword="null"/> for the page's own file.</param>
internal sealed record AssignedHeading(HeadingBlock? Block, ParsedSection? Section, PageHeading Heading);
