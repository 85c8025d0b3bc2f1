using KratomArticle.Engine;

namespace KratomArticle.Checking;

/// <summary>A link or image an author wrote, in Markdown or in raw HTML, with its URL decoded as a parser reads it.</summary>
internal sealed record AuthoredLink(string Url, SourceLocation Location);
