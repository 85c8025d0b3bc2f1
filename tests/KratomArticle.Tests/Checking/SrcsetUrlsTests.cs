using KratomArticle.Checking;

namespace KratomArticle.Tests.Checking;

/// <summary>A <c>srcset</c> is split into its URLs as the HTML standard splits it.</summary>
public sealed class SrcsetUrlsTests
{
    [Theory]
    [InlineData("a.png", new[] { "a.png" })]
    [InlineData("a.png 1x, b.png 2x", new[] { "a.png", "b.png" })]
    [InlineData("  a.png 640w,b.png   1280w ,c.png", new[] { "a.png", "b.png", "c.png" })]
    [InlineData("a.png, b.png,", new[] { "a.png", "b.png" })]
    [InlineData("a,b.png 1x, c.png 2x", new[] { "a,b.png", "c.png" })]
    [InlineData("a.png (x, y), b.png", new[] { "a.png", "b.png" })]
    [InlineData(" , ", new string[0])]
    public void Each_candidates_url_is_listed_without_its_descriptor(string srcset, string[] urls) =>
        Assert.Equal(urls, SrcsetUrls.In(srcset));
}
