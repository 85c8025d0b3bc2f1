using KratomArticle.Engine;
using KratomArticle.Themes.Default;
using KratomArticle.Theming;

namespace KratomArticle.Testing;

/// <summary>Runs the pipeline in memory over a test site and keeps the diagnostics, for tests of one module's behaviour.</summary>
public static class SiteBuilder
{
    /// <param name="cache">The results of earlier builds to reuse, as the preview keeps them.</param>
    /// <param name="maxParallelism">How many pages to build at once; all cores when not given.</param>
    /// <param name="theme">The theme to render with; the default theme when not given.</param>
    public static (SiteBuild Build, BuildContext Context) Build(TestSite site, bool drafts = false, BuildCache? cache = null, int? maxParallelism = null, Theme? theme = null)
    {
        var options = new BuildOptions(site.Root, site.ContentDirectory, null, drafts, theme ?? DefaultTheme.Instance) { MaxParallelism = maxParallelism };
        var context = new BuildContext(options, BuildLog.Silent) { Cache = cache };
        return (SitePipeline.Build(context), context);
    }

    /// <summary>Each diagnostic formatted as the command line prints it from the site root.</summary>
    public static string[] Messages(BuildContext context) => [.. context.Diagnostics.Select(d => d.Format("content/"))];

    public static string Page(SiteBuild build, string path = "index.html") =>
        System.Text.Encoding.UTF8.GetString(build.Files.Single(f => f.Path == path).Content.Span);
}
