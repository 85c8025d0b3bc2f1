using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;

namespace KratomArticle;

/// <summary>The site, as a list of modules: content files in, the files of the built site out. Nothing is written here.</summary>
public static class SitePipeline
{
    public static SiteBuild Build(BuildContext context)
    {
        var files = context.Run(new DiscoverContent(), context.Options.ContentDirectory);
        var settings = context.Run(new LoadSiteSettings(), files);
        var themeAssets = context.Run(new LoadThemeAssets(), context.Options.ThemeAssetsDirectory);
        var parsed = context.Run(new ParseMarkdownFiles(), files);
        var pages = context.Run(new AssemblePages(), parsed);
        var articles = context.Run(new RenderArticleBodies(), pages);
        articles = context.Run(new BuildTableOfContents(), articles);
        if (context.HasErrors || settings is null)
        {
            return SiteBuild.Failed;
        }

        var pageFiles = context.Run(new RenderTheme(settings, themeAssets), articles);
        var siteFiles = context.Run(new WriteSiteFiles(settings, themeAssets, files), articles);
        ImmutableArray<OutputFile> output = [.. pageFiles, .. siteFiles];
        if (context.Options.CheckLinks)
        {
            context.Run(new CheckLinks(pages, settings.BaseUrl?.AbsolutePath ?? "/"), output);
        }

        return context.HasErrors ? SiteBuild.Failed : new SiteBuild(output, articles);
    }
}
