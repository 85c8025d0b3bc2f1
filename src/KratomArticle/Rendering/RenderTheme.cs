using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Themes.Default;
using KratomArticle.Theming;

namespace KratomArticle.Rendering;

/// <summary>Renders every article, and the site's 404 page, through the theme's Razor components.</summary>
public sealed class RenderTheme(SiteSettings settings, ImmutableArray<ThemeAsset> assets) : IModule<ImmutableArray<RenderedArticle>, ImmutableArray<OutputFile>>
{
    public const string NotFoundPath = "404.html";

    private readonly SiteInfo _site = new(settings.Title, settings.Description, settings.BaseUrl?.AbsoluteUri ?? "", settings.Language, settings.Author);
    private readonly Dictionary<string, string> _assetNames = assets.ToDictionary(a => a.Name, a => a.PublishedName, StringComparer.Ordinal);

    public ImmutableArray<OutputFile> Run(ImmutableArray<RenderedArticle> articles, BuildContext context) =>
        RenderAsync(articles, context).GetAwaiter().GetResult();

    private async Task<ImmutableArray<OutputFile>> RenderAsync(ImmutableArray<RenderedArticle> articles, BuildContext context)
    {
        await using var renderer = new ThemeRenderer();
        var files = ImmutableArray.CreateBuilder<OutputFile>(articles.Length + 1);
        foreach (var article in articles)
        {
            var path = article.Source.OutputPath;
            files.Add(await context.ReuseAsync(nameof(RenderTheme), path, [settings, .. assets.Select(a => a.PublishedName), .. article.Source.Files],
                async _ => OutputFile.FromText(path, await renderer.RenderAsync<ArticlePage>(ToView(article)))));
        }

        // A 404 page is served at any depth, so its links start from the site's absolute path rather than a relative one.
        var siteRoot = settings.BaseUrl?.AbsolutePath ?? "/";
        var notFoundLinks = new PageLinks(siteRoot, null, _assetNames, FeedPathFrom(siteRoot));
        files.Add(OutputFile.FromText(NotFoundPath, await renderer.RenderAsync<NotFoundPage>(new NotFoundView(_site, notFoundLinks))));
        return files.ToImmutable();
    }

    private ArticleView ToView(RenderedArticle article)
    {
        var page = article.Source;
        var front = page.Page.FrontMatter;
        var canonical = settings.BaseUrl is { } baseUrl ? new Uri(baseUrl, page.UrlPath).AbsoluteUri : null;
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
            article.References);
    }

    /// <summary>The feed is written only when the site has a base URL, as <see cref="WriteSiteFiles"/> decides.</summary>
    private string? FeedPathFrom(string rootPath) => settings.BaseUrl is null ? null : rootPath + WriteSiteFiles.FeedPath;
}
