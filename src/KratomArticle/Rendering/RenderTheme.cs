using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Theming;

namespace KratomArticle.Rendering;

/// <summary>Renders an article, or the site's 404 page, through the theme's Razor components, and reads the ids and links of the result.</summary>
/// <param name="aboutPath">The path of the site's about page (<c>about/</c>), when the content has one.</param>
internal sealed class RenderTheme(Theme theme, SiteSettings settings, ImmutableArray<ThemeAsset> assets, ThemeRendererPool renderers, string? aboutPath) : IModule<RenderedArticle, RenderedPage?>
{
    public const string NotFoundPath = "404.html";

    /// <summary>Where the page that says who publishes the site, and how, is written.</summary>
    public const string AboutPath = "about/";

    private readonly SiteInfo _site = new(settings.Title, settings.Description, settings.BaseUrl?.AbsoluteUri ?? "", settings.Language, settings.Author) { AboutPath = aboutPath };
    private readonly Dictionary<string, string> _assetNames = assets.ToDictionary(a => a.Name, a => a.PublishedName, StringComparer.Ordinal);

    /// <summary>Renders an article; <see langword="null"/> when the theme links to an asset it does not have (reported).</summary>
    public RenderedPage? Run(RenderedArticle article, BuildContext context)
    {
        var path = article.Source.OutputPath;
        return Render(() => renderers.Render(theme.ArticlePage, ToView(article)), context) is { } html
            ? new RenderedPage(new OutputFile(path, html), PageLinkIndex.Read(path, html, article.HasAuthoredHtml, SourceLinks.Of(article.Source, ThemeFile(theme.ArticlePage))))
            : null;
    }

    /// <summary>The page a server shows for a missing path; <see langword="null"/> when the theme links to an asset it does not have (reported).</summary>
    public RenderedPage? RenderNotFound(BuildContext context)
    {
        // A 404 page is served at any depth, so its links start from the site's absolute path rather than a relative one.
        var siteRoot = settings.BaseUrl?.AbsolutePath ?? "/";
        var notFoundLinks = new PageLinks(siteRoot, null, _assetNames, FeedPathFrom(siteRoot));
        return Render(() => renderers.Render(theme.NotFoundPage, new NotFoundView(_site, notFoundLinks)), context) is { } html
            ? new RenderedPage(new OutputFile(NotFoundPath, html), PageLinkIndex.Read(NotFoundPath, html, authored: false, SourceLinks.OfTheme(NotFoundPath, ThemeFile(theme.NotFoundPage))))
            : null;
    }

    /// <summary>Runs the theme; a link to an asset its folder does not have is a problem with the theme's files, reported once for the site.</summary>
    private byte[]? Render(Func<byte[]> render, BuildContext context)
    {
        try
        {
            return render();
        }
        catch (ThemeAssetMissingException e)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.ThemeAssetMissing,
                $"The theme '{theme.Name}' links to the asset '{e.AssetName}', which it does not ship; this is a bug in the theme.", null));
            return null;
        }
    }

    /// <summary>The theme's file of a page component, named from the site root, where a link of the theme's own markup is reported.</summary>
    private string ThemeFile(Type page) => $"themes/{theme.Name}/{page.Name}.razor";

    private ArticleView ToView(RenderedArticle article)
    {
        var page = article.Source;
        var front = page.Page.FrontMatter;
        var canonical = settings.BaseUrl is { } baseUrl ? SiteUrl.Absolute(baseUrl, page.UrlPath) : null;
        return new ArticleView(
            _site,
            new PageLinks(page.RootPath, canonical, _assetNames, FeedPathFrom(page.RootPath)),
            front.Title,
            front.Description,
            front.Author ?? settings.Author,
            front.Published,
            front.Updated,
            front.Reviewed,
            front.LastModified,
            article.ReadingMinutes,
            article.DisclaimerHtml,
            article.LeadHtml,
            article.Sections,
            article.TableOfContents,
            article.References)
        {
            Image = article.ShareImage is { } image && settings.BaseUrl is { } siteUrl
                ? new ShareImage(SiteUrl.Absolute(siteUrl, EscapePath(image.Path)), image.Alt, image.Info.Width, image.Info.Height, image.Info.MediaType)
                : null,
            ReviewedBy = [.. front.ReviewedBy.Select(r => new Reviewer(r.Name, r.Credentials, r.Url?.AbsoluteUri))],
            NextReview = front.NextReviewWith(settings.ReviewEvery),
        };
    }

    /// <summary>A content path as a URL path: each segment percent-encoded, so a name with a space, <c>#</c> or <c>é</c> stays one path.</summary>
    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>The feed is written only when the site has a base URL, as <see cref="WriteSiteFiles"/> decides.</summary>
    private string? FeedPathFrom(string rootPath) => settings.BaseUrl is null ? null : rootPath + WriteSiteFiles.FeedPath;
}
