namespace KratomArticle.Output;

/// <summary>How a URL path names a file of the site: a folder (<c>x/</c>, or the root) is its <c>index.html</c>.</summary>
internal static class FolderIndex
{
    public const string FileName = "index.html";

    /// <summary>The file <paramref name="path"/> names: itself, or the <c>index.html</c> inside it when it names a folder.</summary>
    public static string FileOf(string path) => path.Length == 0 || path.EndsWith('/') ? path + FileName : path;

    /// <summary>The <c>index.html</c> of the folder that <paramref name="path"/> would name with a final <c>/</c>: a link to <c>x</c> finds <c>x/index.html</c>.</summary>
    public static string InFolder(string path) => path + "/" + FileName;
}
