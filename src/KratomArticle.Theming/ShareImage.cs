namespace KratomArticle.Theming;

/// <summary>The picture a shared link to the page shows (Open Graph's <c>og:image</c>), with what its file's header says.</summary>
/// <param name="Url">The image's absolute URL.</param>
/// <param name="Alt">What the picture shows, for people who cannot see it.</param>
/// <param name="MediaType">The image's type, e.g. <c>image/png</c>.</param>
public sealed record ShareImage(string Url, string Alt, int Width, int Height, string MediaType);
