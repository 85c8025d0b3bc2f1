using KratomArticle.Markdown.References;
using Markdig.Syntax;

namespace KratomArticle.Markdown;

/// <summary>What the page's files are rendered with: the ids given to its headings and its footnotes numbered across the page.</summary>
internal sealed record PageAnchors(IReadOnlyDictionary<HeadingBlock, PageHeading> Headings, PageFootnotes Footnotes);
