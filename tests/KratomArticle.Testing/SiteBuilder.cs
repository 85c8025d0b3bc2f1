using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Themes.Default;
using KratomArticle.Theming;

namespace KratomArticle.Testing;

/// <summary>Runs the pipeline in memory over a test site and keeps the diagnostics, for tests of one module's behaviour.</summary>
internal static class SiteBuilder
{
    /// <param name="maxParallelism">How many pages to build at once; all cores when not given.</param>
    /// <param name="theme">The theme to render with; the default theme when not given.</param>
    public static (SiteBuild Build, BuildContext Context) Build(TestSite site, bool drafts = false, int? maxParallelism = null, Theme? theme = null)
    {
        var context = new BuildContext(Options(site, drafts, theme) with { MaxParallelism = maxParallelism }, BuildLog.Silent);
        return (SitePipeline.Build(context), context);
    }

    /// <summary>Brings <paramref name="state"/> up to date with <paramref name="changes"/>, as the preview's rebuilds do, and returns the files read.</summary>
    public static (SiteBuild Build, BuildContext Context, ReadStamps Read) Rebuild(TestSite site, SiteState state, SiteChanges changes)
    {
        var context = new BuildContext(Options(site), BuildLog.Silent);
        var build = SitePipeline.Rebuild(state, changes, context, out var read);
        return (build, context, read);
    }

    private static BuildOptions Options(TestSite site, bool drafts = false, Theme? theme = null) =>
        new(site.Root, site.ContentDirectory, null, drafts, theme ?? DefaultTheme.Instance);

    /// <summary>Each diagnostic formatted as the command line prints it from the site root.</summary>
    public static string[] Messages(BuildContext context) => [.. context.Diagnostics.Select(d => d.Format("content/"))];

    public static string Page(SiteBuild build, string path = "index.html") =>
        System.Text.Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Content.Span);
}
