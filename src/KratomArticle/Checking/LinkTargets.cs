namespace KratomArticle.Checking;

/// <summary>What a link can point at: the site's files, and the element ids of its HTML files.</summary>
/// <param name="hasFile">Whether the site has a file at a path.</param>
internal sealed class LinkTargets(Func<string, bool> hasFile, SiteLinkIndex pages)
{
    public bool HasFile(string path) => hasFile(path);

    /// <summary>The ids of the HTML file at <paramref name="path"/>, or <see langword="null"/> when it is not an HTML file.</summary>
    public IReadOnlySet<string>? IdsOf(string path) => pages.Find(path)?.Ids;
}
