namespace KratomArticle.Content;

/// <summary>A share image found among the content files, with what its header says.</summary>
/// <param name="Path">The file's path under the content folder (and so under the built site), with <c>/</c> separators.</param>
internal sealed record ResolvedShareImage(string Path, string Alt, ImageInfo Info);
