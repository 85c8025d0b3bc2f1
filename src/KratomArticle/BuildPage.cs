using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Editorial;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;

namespace KratomArticle;

/// <summary>
/// One page, as a list of modules: its files in, its HTML written to the output as soon as it is rendered, and what the
/// site keeps of it out. Each page goes through these steps on its own, so pages are built in parallel and none waits
/// for the others to be read.
/// </summary>
/// <param name="theme">The theme to render with, or <see langword="null"/> when the site settings have errors and nothing can be rendered.</param>
/// <param name="shareImages">The pages' share images, or <see langword="null"/> when the site settings have errors.</param>
/// <param name="stamps">Where the files read are stamped, or <see langword="null"/> when no build is compared with this one.</param>
/// <param name="measureReadingLevel">Whether the page's reading level is measured; otherwise its summary has <see cref="ReadingLevel.None"/>.</param>
internal sealed class BuildPage(RenderTheme? theme, ShareImages? shareImages, SiteOutput output, SiteLinkIndex links, ReadStamps? stamps, bool measureReadingLevel) : IModule<PageFiles, PageResult>
{
    public PageResult Run(PageFiles files, BuildContext context)
    {
        // The page's diagnostics are kept with it and reported again by every rebuild that does not build it.
        var part = context.Part();
        var reads = ImmutableArray.CreateBuilder<string>(files.Files.Length + 1);
        reads.AddRange(files.Files.Select(f => f.RelativePath));
        var (summary, rendered) = InternalBuildException.Guard(MainFile(files).RelativePath, part, () => Build(files, reads, part));
        var targetChanged = false;
        if (rendered is not null)
        {
            targetChanged = output.Write(rendered.File) | links.Add(rendered.Links);
        }

        return new PageResult(files, summary, rendered is not null, targetChanged, part.Diagnostics, reads.ToImmutable());
    }

    /// <summary>The file a bug met while building the page is blamed on, unless a step names a more precise one.</summary>
    private static ContentFile MainFile(PageFiles files) => files.Files.FirstOrDefault(f => f.Kind == ContentKind.Page) ?? files.Files[0];

    private (ArticleSummary? Summary, RenderedPage? Rendered) Build(PageFiles files, ImmutableArray<string>.Builder reads, BuildContext context)
    {
        foreach (var file in files.Files)
        {
            stamps?.Take(file.FullPath);
        }

        var parsed = context.RunStep(new ParseMarkdownFiles(), files.Files);
        var image = default(ResolvedShareImage);
        if (parsed.OfType<ParsedPage>().FirstOrDefault() is { } pageFile && shareImages is not null)
        {
            if (shareImages.PathFor(pageFile) is { } imagePath)
            {
                reads.Add(imagePath);
                stamps?.Take(Path.Combine(context.Options.ContentDirectory, imagePath));
            }

            image = shareImages.For(pageFile, context);
        }

        if (context.RunStep(new AssemblePage(files), parsed) is not { } page)
        {
            return (null, null);
        }

        var article = context.RunStep(new RenderArticleBody(), page) is { } body ? context.RunStep(new BuildTableOfContents(), body) : null;
        var html = article is not null && theme is not null ? context.RunStep(theme, article with { ShareImage = image }) : null;
        var summary = new ArticleSummary(page.UrlPath, page.Page.File.RelativePath, page.Page.FrontMatter, article?.Headings ?? [])
        {
            ReadingLevel = measureReadingLevel ? context.RunStep(new MeasureReadingLevel(), page) : ReadingLevel.None,
        };
        return (summary, html);
    }
}
