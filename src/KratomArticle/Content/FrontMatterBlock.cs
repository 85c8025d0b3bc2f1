namespace KratomArticle.Content;

/// <summary>A Markdown file cut in two: the YAML between its <c>---</c> fences, and the Markdown body after them.</summary>
/// <param name="Yaml">The YAML text, or <see langword="null"/> when the file has no front matter.</param>
/// <param name="YamlLine">The file line the YAML's first line is on (1-based).</param>
/// <param name="BodyLine">The file line the body's first line is on (1-based).</param>
internal sealed record FrontMatterBlock(string? Yaml, int YamlLine, string Body, int BodyLine);
