using KratomArticle.Checking;

namespace KratomArticle.Tests.Checking;

/// <summary>Links resolved by hand resolve exactly as <see cref="Uri"/> resolves them.</summary>
public sealed class SiteUrlTests
{
    private static readonly Uri Origin = new("http://site.invalid/");

    [Theory]
    [InlineData("index.html", "#top")]
    [InlineData("index.html", "guide/")]
    [InlineData("index.html", "guide")]
    [InlineData("index.html", "guide/#setup")]
    [InlineData("index.html", "./guide/index.html#ref:1")]
    [InlineData("pages/p00001/index.html", "../../site.83a152472d.css")]
    [InlineData("pages/p00001/index.html", "../../")]
    [InlineData("pages/p00001/index.html", "../../../../too-far.png")]
    [InlineData("pages/p00001/index.html", "../p00002/#cite:1:2")]
    [InlineData("pages/p00001/index.html", "/pages/")]
    [InlineData("pages/p00001/index.html", "..")]
    [InlineData("pages/p00001/index.html", ".")]
    [InlineData("pages/p00001/index.html", "a/./b/../c")]
    [InlineData("pages/p00001/index.html", "#")]
    [InlineData("pages/p00001/index.html", "")]
    [InlineData("a/b.c/index.html", "d...e/f")]
    [InlineData("a/index.html", "b./c")]
    [InlineData("a/index.html", "b//c")]
    [InlineData("a/index.html", "caf%C3%A9/")]
    [InlineData("a/index.html", "café/#résumé")]
    [InlineData("a/index.html", "b?x=1#y")]
    [InlineData("a b/index.html", "c d/#e f")]
    [InlineData("a/index.html", "b\\c")]
    public void A_link_resolves_as_Uri_resolves_it(string page, string url)
    {
        var expected = new Uri(new Uri(Origin, page), url);

        var actual = SiteUrl.Resolve(page, url);

        Assert.Equal((expected.AbsolutePath.TrimStart('/'), expected.Fragment.TrimStart('#')), actual);
    }
}
