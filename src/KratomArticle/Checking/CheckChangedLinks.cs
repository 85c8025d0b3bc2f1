using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Checking;

/// <summary>
/// Checks the links of the HTML files that changed, and of those whose links were looked up as a file that was
/// added, removed or whose ids changed; every file's when the base path or the theme changed.
/// Returns how many it checked.
/// </summary>
/// <param name="basePath">The URL path the site is served under, ending in <c>/</c>.</param>
internal sealed class CheckChangedLinks(string basePath) : IModule<SiteState, int>
{
    public int Run(SiteState state, BuildContext context)
    {
        var pending = state.Pending;
        var paths = new HashSet<string>(pending.Checks, StringComparer.Ordinal);
        if (pending.CheckAll)
        {
            paths.UnionWith(state.Links.Pages.Select(p => p.Path));
        }

        foreach (var target in pending.ChangedTargets)
        {
            paths.UnionWith(state.LinkChecks.LinkingTo(target));
        }

        ImmutableArray<PageLinkIndex> toCheck = [.. paths.Order(StringComparer.Ordinal).Select(state.Links.Find).OfType<PageLinkIndex>()];
        var checks = context.Run(new InParallel<PageLinkIndex, LinkCheck>(new CheckLinks(new LinkTargets(state.Output.Contains, state.Links), basePath)), toCheck);
        foreach (var path in paths)
        {
            state.LinkChecks.Forget(path);
        }

        foreach (var check in checks)
        {
            state.LinkChecks.Keep(check);
        }

        pending.CheckAll = false;
        pending.Checks.Clear();
        pending.ChangedTargets.Clear();
        context.ReportAll(state.LinkChecks.Problems);
        return toCheck.Length;
    }
}
