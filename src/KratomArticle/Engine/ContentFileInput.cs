namespace KratomArticle.Engine;

/// <summary>A file (or a folder) of the content: a page's Markdown, a section, an image.</summary>
/// <param name="RelativePath">The path under the content folder, with <c>/</c> separators.</param>
internal sealed record ContentFileInput(string RelativePath) : SiteInput;
