namespace KratomArticle.Content;

/// <summary>A raster image's size in pixels and its media type, read from its header.</summary>
internal sealed record ImageInfo(int Width, int Height, string MediaType);
