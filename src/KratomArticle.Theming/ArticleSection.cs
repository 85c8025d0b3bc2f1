namespace KratomArticle.Theming;

/// <summary>One section of an article: its <c>h2</c> heading and body, already rendered to HTML.</summary>
public sealed record ArticleSection(string Id, string Title, string Html);
