namespace KratomArticle.Theming;

/// <summary>A person who reviewed an article, from the front matter's <c>reviewed-by</c>.</summary>
/// <param name="Credentials">Degrees or titles written after the name, such as <c>MD, MPH</c>.</param>
/// <param name="Url">An absolute address of a page about the person.</param>
public sealed record Reviewer(string Name, string? Credentials, string? Url);
