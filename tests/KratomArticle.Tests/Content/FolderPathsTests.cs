using KratomArticle.Content;

namespace KratomArticle.Tests.Content;

/// <summary>Whether a path is inside a folder: at any depth, never the folder itself, and under a file system's root too.</summary>
public sealed class FolderPathsTests
{
    [Theory]
    [InlineData("/site/themes", "/site", true)]
    [InlineData("/site/themes/Default/wwwroot", "/site", true)]
    [InlineData("/site", "/site", false)]
    [InlineData("/sites", "/site", false)]
    [InlineData("/site-2/themes", "/site", false)]
    [InlineData("/", "/site", false)]
    [InlineData("/site", "/", true)]
    [InlineData("/", "/", false)]
    public void A_path_is_inside_a_folder_only_below_it(string path, string folder, bool inside) =>
        Assert.Equal(inside, FolderPaths.IsInside(path, folder));
}
