using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Editorial;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;

namespace KratomArticle;

/// <summary>The site, as a list of modules: content files in, the files of the built site out, written as they are made.</summary>
public static class SitePipeline
{
    /// <summary>Builds the site in memory: what the preview serves and tests read.</summary>
    public static SiteBuild Build(BuildContext context)
    {
        var output = new InMemoryOutput();
        var build = Build(context, output);
        return build.Succeeded ? build with { Files = output.Files } : build;
    }

    /// <summary>Builds the site into <paramref name="output"/>; on failure what was written there is to be thrown away.</summary>
    public static SiteBuild Build(BuildContext context, SiteOutput output)
    {
        var files = context.Run(new DiscoverContent(), context.Options.ContentDirectory);
        var settings = context.Run(new LoadSiteSettings(), files);
        var themeAssets = context.Run(new LoadThemeAssets(), context.Options.Theme);
        var pageFiles = context.Run(new GroupPageFiles(), files);

        using var renderers = new ThemeRendererPool();
        var theme = settings is null ? null : new RenderTheme(context.Options.Theme, settings, themeAssets, renderers, AboutPathIn(pageFiles));
        var links = new SiteLinkIndex();
        var shareImages = settings is null ? null : ShareImages.Load(settings, context);
        var pages = context.Run(new InParallel<PageFiles, ArticleSummary?>(new BuildPage(theme, shareImages, output, links)), pageFiles);
        ImmutableArray<ArticleSummary> built = [.. pages.OfType<ArticleSummary>()];
        if (built.IsEmpty && !context.HasErrors)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.NoPages, "The content folder has no pages: add an index.md.", null));
        }

        if (context.HasErrors || theme is null)
        {
            return SiteBuild.Failed;
        }

        context.Run(new WarnOverdueReviews(settings!), built);
        context.Run(new WarnReadingGrade(settings!), built);
        if (theme.RenderNotFound(context) is not { } notFound)
        {
            return SiteBuild.Failed;
        }

        output.Write(notFound.File);
        links.Add(notFound.Links);
        context.Run(new WriteSiteFiles(settings!, themeAssets, files, output, links), built);
        if (context.Options.CheckLinks)
        {
            context.Run(new CheckLinks(output.Paths, settings!.BaseUrl?.AbsolutePath ?? "/"), links);
        }

        return context.HasErrors ? SiteBuild.Failed : new SiteBuild(true, built, output.FileCount);
    }

    private static string? AboutPathIn(ImmutableArray<PageFiles> pages) =>
        pages.Any(p => p.UrlPath == RenderTheme.AboutPath) ? RenderTheme.AboutPath : null;
}
