using KratomArticle.Markdown;
using Markdig.Syntax;

namespace KratomArticle.Content;

/// <summary>A Markdown file after its front matter is read and its body parsed.</summary>
/// <param name="BodyLine">The file line the body starts on; Markdig's 0-based lines are relative to it.</param>
internal abstract record ParsedMarkdown(ContentFile File, int BodyLine, string Body, MarkdownDocument Document)
{
    /// <summary>Whether the tree can hold raw HTML: Markdig reads none in a text without a <c>&lt;</c>. A far cheaper question than a walk of the tree.</summary>
    public bool MayHoldHtml => Body.Contains('<', StringComparison.Ordinal);

    /// <summary>Whether the tree can hold a link, an image or raw HTML: none starts without a <c>[</c>, a <c>&lt;</c> or a bare link's prefix.</summary>
    public bool MayHoldLinks => Body.AsSpan().IndexOfAny('[', '<') >= 0 || AutoLinkStarts.AnyIn(Body);
}

internal sealed record ParsedPage(ContentFile File, int BodyLine, string Body, MarkdownDocument Document, PageFrontMatter FrontMatter)
    : ParsedMarkdown(File, BodyLine, Body, Document)
{
    /// <summary>The level of a page's title, its <c>h1</c>.</summary>
    public const int TitleLevel = 1;
}

internal sealed record ParsedSection(ContentFile File, int BodyLine, string Body, MarkdownDocument Document, SectionFrontMatter FrontMatter)
    : ParsedMarkdown(File, BodyLine, Body, Document)
{
    /// <summary>The level of a section's title, its <c>h2</c>, which the section's own headings nest under.</summary>
    public const int TitleLevel = 2;
}
