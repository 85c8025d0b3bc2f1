using KratomArticle.Content;

namespace KratomArticle.Preview;

/// <summary>The section a reloaded page scrolls to: the one whose file was saved, when it was the only Markdown file saved.</summary>
/// <param name="PagePath">The URL path of the page that holds the section, e.g. <c>/</c>.</param>
/// <param name="SectionId">The id of the section's heading.</param>
internal sealed record ScrollTarget(string PagePath, string SectionId)
{
    /// <param name="changedFiles">The saved files, as paths relative to the content folder.</param>
    /// <param name="basePath">The URL path the site is served under, ending in <c>/</c>.</param>
    public static ScrollTarget? For(IEnumerable<string> changedFiles, SiteBuild build, string basePath)
    {
        if (changedFiles.Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Distinct().ToList() is not [var file]
            || ContentFile.Classify(file, file).Kind != ContentKind.Section)
        {
            return null;
        }

        // A section's title is the first heading that comes from its file.
        return build.Pages
            .Select(p => (Page: p, Title: p.Headings.FirstOrDefault(h => h.Location.File == file)))
            .Where(found => found.Title is not null)
            .Select(found => new ScrollTarget(basePath + found.Page.UrlPath, found.Title!.Id))
            .FirstOrDefault();
    }
}
