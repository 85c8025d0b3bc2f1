using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Editorial;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;

namespace KratomArticle;

/// <summary>
/// One page, as a list of modules: its files in, its HTML written to the output as soon as it is rendered, and a
/// summary out. Each page goes through these steps on its own, so pages are built in parallel and none waits for
/// the others to be read. A page whose files are unchanged since a cached build is not assembled or rendered again.
/// </summary>
/// <param name="theme">The theme to render with, or <see langword="null"/> when the site settings have errors and nothing can be rendered.</param>
/// <param name="shareImages">The pages' share images, or <see langword="null"/> when the site settings have errors.</param>
public sealed class BuildPage(RenderTheme? theme, ShareImages? shareImages, SiteOutput output, SiteLinkIndex links) : IModule<PageFiles, ArticleSummary?>
{
    public ArticleSummary? Run(PageFiles files, BuildContext context) =>
        InternalBuildException.Guard(MainFile(files).RelativePath, context, () => Build(files, context));

    /// <summary>The file a bug met while building the page is blamed on, unless a step names a more precise one.</summary>
    private static ContentFile MainFile(PageFiles files) => files.Files.FirstOrDefault(f => f.Kind == ContentKind.Page) ?? files.Files[0];

    private ArticleSummary? Build(PageFiles files, BuildContext context)
    {
        var parsed = context.RunStep(new ParseMarkdownFiles(), files.Files);
        // The share image is found on every build, outside the cached step, and is one of its inputs: a page whose
        // files are unchanged is rendered again when its image is replaced by one of another size.
        var image = parsed.OfType<ParsedPage>().FirstOrDefault() is { } pageFile ? shareImages?.For(pageFile, context) : null;
        var (summary, rendered) = context.Reuse<(ArticleSummary? Summary, RenderedPage? Rendered)>(nameof(BuildPage), files.UrlPath, () => [.. theme?.CacheInputs ?? [], .. parsed, image ?? (object)""], scope =>
        {
            if (scope.RunStep(new AssemblePage(), parsed) is not { } page)
            {
                return (null, null);
            }

            var article = scope.RunStep(new RenderArticleBody(), page) is { } body ? scope.RunStep(new BuildTableOfContents(), body) : null;
            var html = article is not null && theme is not null ? scope.RunStep(theme, article with { ShareImage = image }) : null;
            var summary = new ArticleSummary(page.UrlPath, page.Page.File.RelativePath, page.Page.FrontMatter, article?.Headings ?? [])
            {
                ReadingLevel = scope.RunStep(new MeasureReadingLevel(), page),
            };
            return (summary, html);
        });

        if (rendered is not null)
        {
            output.Write(rendered.File);
            links.Add(rendered.Links);
        }

        return summary;
    }
}
