using System.Buffers.Binary;
using AngleSharp.Html.Parser;
using KratomArticle.Content;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Rendering;

/// <summary>A page's share image (its own, else the site's) gives it <c>og:image</c> with its size and type read from the file.</summary>
public sealed class ShareImageTests : IDisposable
{
    private const string Page = "---\ntitle: Home\ndescription: d\n";

    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    /// <summary>A PNG's signature and header chunk: all <see cref="ReadImageHeader"/> reads.</summary>
    private static byte[] Png(int width, int height)
    {
        var bytes = new byte[33];
        ((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R']).CopyTo(bytes);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    private Dictionary<string, string?> Meta(string path = "index.html")
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.True(build.Succeeded, string.Join("\n", SiteBuilder.Messages(context)));
        Assert.Empty(context.Diagnostics);
        var document = new HtmlParser().ParseDocument(SiteBuilder.Page(build, path));
        return document.QuerySelectorAll("meta[property^='og:image'], meta[name^='twitter:']")
            .ToDictionary(m => m.GetAttribute("property") ?? m.GetAttribute("name")!, m => m.GetAttribute("content"));
    }

    private string[] Problems()
    {
        var (_, context) = SiteBuilder.Build(_site);
        return SiteBuilder.Messages(context);
    }

    [Fact]
    public void A_pages_image_gives_it_og_image_with_its_absolute_url_alt_size_and_type()
    {
        _site.WriteBytes("images/card.png", Png(1200, 630));
        _site.Write("index.md", Page + "image: images/card.png\nimage-alt: The article's title on a blue card.\n---\nLead.\n");

        var meta = Meta();

        Assert.Equal("https://example.org/images/card.png", meta["og:image"]);
        Assert.Equal("The article's title on a blue card.", meta["og:image:alt"]);
        Assert.Equal("1200", meta["og:image:width"]);
        Assert.Equal("630", meta["og:image:height"]);
        Assert.Equal("image/png", meta["og:image:type"]);
        Assert.Equal("summary_large_image", meta["twitter:card"]);
    }

    [Fact]
    public void The_path_is_relative_to_the_pages_file_or_from_the_content_folder_and_its_url_is_escaped()
    {
        _site.Write("index.md", Page + "---\nLead.\n");
        _site.WriteBytes("guide/café card.png", Png(600, 600));
        _site.WriteBytes("shared/other.png", Png(400, 300));
        _site.Write("guide/index.md", Page + "image: café card.png\nimage-alt: A card.\n---\nText.\n");
        _site.Write("about.md", Page + "image: /shared/other.png\nimage-alt: Another card.\n---\nText.\n");

        Assert.Equal("https://example.org/guide/caf%C3%A9%20card.png", Meta("guide/index.html")["og:image"]);
        Assert.Equal("https://example.org/shared/other.png", Meta("about/index.html")["og:image"]);
    }

    [Fact]
    public void The_sites_image_is_the_default_and_a_pages_own_replaces_it()
    {
        _site.Write("site.yml", "title: Test site\nbase-url: https://example.org/docs/\nimage: images/site.png\nimage-alt: The site's card.\n");
        _site.WriteBytes("images/site.png", Png(1200, 630));
        _site.WriteBytes("images/own.png", Png(800, 800));
        _site.Write("index.md", Page + "---\nLead.\n");
        _site.Write("about.md", Page + "image: /images/own.png\nimage-alt: x\n---\nText.\n");

        var home = Meta();
        var about = Meta("about/index.html");

        Assert.Equal(("https://example.org/docs/images/site.png", "The site's card."), (home["og:image"], home["og:image:alt"]));
        Assert.Equal(("https://example.org/docs/images/own.png", "x", "800"), (about["og:image"], about["og:image:alt"], about["og:image:width"]));
    }

    [Fact]
    public void Without_an_image_the_page_keeps_the_small_card_and_has_no_og_image()
    {
        _site.Write("index.md", Page + "---\nLead.\n");

        var meta = Meta();

        Assert.DoesNotContain("og:image", meta.Keys);
        Assert.Equal("summary", meta["twitter:card"]);
    }

    [Fact]
    public void Without_a_base_url_the_image_is_checked_but_no_og_image_is_written()
    {
        _site.Write("site.yml", "title: Test site\n");
        _site.WriteBytes("images/card.png", Png(1200, 630));
        _site.Write("index.md", Page + "image: images/card.png\nimage-alt: A card.\n---\nLead.\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.DoesNotContain("og:image", SiteBuilder.Page(build), StringComparison.Ordinal);
        Assert.Equal(["warning KA0401"], SiteBuilder.Messages(context).Select(m => m[..14]));
    }

    [Theory]
    [InlineData("image: images/missing.png\nimage-alt: A card.\n", "content/index.md(4,1): error KA0109: 'image' names images/missing.png, which the content folder does not have.")]
    [InlineData("image-alt: A card.\nimage: ../outside.png\n", "content/index.md(5,1): error KA0109: 'image' must name a file in the content folder, not '../outside.png'.")]
    [InlineData("image: https://example.org/card.png\nimage-alt: A card.\n", "content/index.md(4,1): error KA0109: 'image' must name a file in the content folder, not 'https://example.org/card.png'.")]
    [InlineData("image: images/card.svg\nimage-alt: A card.\n", "content/index.md(4,1): error KA0109: images/card.svg is not a PNG, JPEG, GIF or WebP image, the formats a shared link's picture can be (an SVG cannot).")]
    [InlineData("image: images/card.png\n", "content/index.md(4,1): error KA0102: 'image' needs 'image-alt': say in a few words what the picture shows, for people who cannot see it.")]
    [InlineData("image: images/card.png\nimage-alt: ''\n", "content/index.md(4,1): error KA0102: 'image' needs 'image-alt': say in a few words what the picture shows, for people who cannot see it.")]
    [InlineData("image-alt: A card.\n", "content/index.md(4,12): error KA0104: 'image-alt' describes the picture named by 'image', which is not given; add 'image' or remove 'image-alt'.")]
    public void A_missing_or_unusable_image_or_a_missing_alt_text_is_an_error_at_the_key(string keys, string expected)
    {
        _site.WriteBytes("images/card.png", Png(1200, 630));
        _site.Write("images/card.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\"/>");
        _site.Write("index.md", Page + keys + "---\nLead.\n");

        Assert.Equal([expected], Problems());
    }

    [Fact]
    public void A_missing_site_image_is_an_error_at_site_yml()
    {
        _site.Write("site.yml", "title: Test site\nbase-url: https://example.org/\nimage: card.png\nimage-alt: A card.\n");
        _site.Write("index.md", Page + "---\nLead.\n");

        Assert.Equal(["content/site.yml(3,1): error KA0109: 'image' names card.png, which the content folder does not have."], Problems());
    }

    [Fact]
    public void An_image_smaller_than_200_pixels_a_side_is_a_warning_and_still_used()
    {
        _site.WriteBytes("images/small.png", Png(400, 150));
        _site.Write("index.md", Page + "image: images/small.png\nimage-alt: A card.\n---\nLead.\n");

        var (build, context) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Equal(
            ["content/index.md(4,1): warning KA0110: images/small.png is 400×150 pixels; most networks ignore a shared picture under 200×200 (1200×630 suits them all)."],
            SiteBuilder.Messages(context));
        Assert.Contains("content=\"https://example.org/images/small.png\"", SiteBuilder.Page(build), StringComparison.Ordinal);
    }

    [Fact]
    public void The_articles_share_image_is_its_1200_by_630_card()
    {
        using var real = TestSite.WithRealContent();
        var (build, context) = SiteBuilder.Build(real);
        Assert.True(build.Succeeded);

        var document = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        string? Content(string property) => document.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

        Assert.Equal("https://kratomarticle.github.io/images/share-card.png", Content("og:image"));
        Assert.Equal(("1200", "630", "image/png"), (Content("og:image:width"), Content("og:image:height"), Content("og:image:type")));
        Assert.StartsWith("Kratom and Impulse Control", Content("og:image:alt"));
        Assert.Contains(build.Files, f => f.Path == "images/share-card.png");
    }
}
