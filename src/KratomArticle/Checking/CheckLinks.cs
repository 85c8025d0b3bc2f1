using KratomArticle.Engine;

namespace KratomArticle.Checking;

/// <summary>
/// Validates the built site from the ids and links gathered while it was written: every internal link and image
/// resolves to a file of the site, every <c>#fragment</c> (in-page or on another page) to an element id there, and no
/// page repeats an id. Problems are reported at the line and column where the link was written, in Markdown or in raw
/// HTML (see <see cref="SourceLinks"/>), and at the theme's file when the theme wrote it.
/// </summary>
/// <param name="basePath">The URL path the site is published under, which links from the site root start with.</param>
public sealed class CheckLinks(IReadOnlyCollection<string> paths, string basePath) : IModule<SiteLinkIndex, int>
{
    public int Run(SiteLinkIndex index, BuildContext context)
    {
        var pages = index.Pages;
        var built = new LinkTargets(paths, pages);

        // The same targets as the cached build's are replaced by that build's object, so each page compares them by identity alone.
        var targets = context.Reuse(nameof(LinkTargets), "", () => [built], _ => built);
        var problems = new List<Diagnostic>[pages.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.Options.MaxParallelism ?? -1 };
        Parallel.For(0, pages.Length, options, i =>
            problems[i] = context.Reuse(nameof(CheckLinks), pages[i].Path, () => [pages[i], targets.Identity], _ => Check(pages[i], targets)));
        foreach (var problem in problems.SelectMany(p => p))
        {
            context.Report(problem);
        }

        return problems.Sum(p => p.Count);
    }

    private List<Diagnostic> Check(PageLinkIndex page, LinkTargets targets)
    {
        var problems = new List<Diagnostic>();
        foreach (var duplicate in page.DuplicateIds)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.DuplicateElementId, $"The id '{duplicate}' is used more than once on {page.Path}.", page.Sources.Fallback));
        }

        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in page.Links)
        {
            var normalized = SourceLinks.Normalize(url);
            var occurrence = occurrences[normalized] = occurrences.GetValueOrDefault(normalized) + 1;
            if (Resolve(page, url, targets) is { } problem)
            {
                problems.Add(page.Sources.Find(normalized, occurrence - 1) is { } authored
                    ? Diagnostic.Error(DiagnosticCodes.BrokenLink, $"The link '{authored.Url}' {problem}.", authored.Location)
                    : Diagnostic.Error(DiagnosticCodes.BrokenLink,
                        $"The link '{url}'{(page.Sources.IsUnauthoredTheThemes ? " (in the theme's markup)" : "")} {problem}.", page.Sources.Unauthored));
            }
        }

        return problems;
    }

    /// <summary>Returns what is wrong with the link, or <see langword="null"/> when it resolves.</summary>
    private string? Resolve(PageLinkIndex page, string url, LinkTargets targets)
    {
        if (IsExternal(url))
        {
            return null;
        }

        if (SiteUrl.Resolve(page.Path, url.StartsWith('/') ? "/" + StripBasePath(url) : url) is not var (path, fragment))
        {
            return "is not a valid URL";
        }

        var target = Uri.UnescapeDataString(path);
        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }
        else if (!targets.HasFile(target) && targets.HasFile(target + "/index.html"))
        {
            target += "/index.html";
        }

        if (!targets.HasFile(target))
        {
            return $"points to {target}, which the site does not have";
        }

        if (fragment.Length == 0 || (target == page.Path ? page.Ids : targets.IdsOf(target)) is not { } ids)
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment);
        return ids.Contains(id) ? null : $"points to #{id}, but {target} has no element with that id";
    }

    private string StripBasePath(string url) =>
        url.StartsWith(basePath, StringComparison.Ordinal) ? url[basePath.Length..] : url.TrimStart('/');

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && !url[..colon].Contains('/') && !url[..colon].Contains('#'));
}
