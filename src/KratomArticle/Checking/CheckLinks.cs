using System.Collections.Immutable;
using KratomArticle.Engine;
using KratomArticle.Output;

namespace KratomArticle.Checking;

/// <summary>
/// Validates one HTML file of the built site from the ids and links gathered while it was written: every internal link
/// and image resolves to a file of the site, every <c>#fragment</c> (in-page or on another page) to an element id there, and
/// the file repeats no id. Problems are reported at the line and column where the link was written, in Markdown or in raw
/// HTML (see <see cref="SourceLinks"/>), and at the theme's file when the theme wrote it.
/// </summary>
/// <param name="basePath">The URL path the site is published under, which links from the site root start with.</param>
internal sealed class CheckLinks(LinkTargets targets, string basePath) : IModule<PageLinkIndex, LinkCheck>
{
    public LinkCheck Run(PageLinkIndex page, BuildContext context)
    {
        var problems = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var duplicate in page.DuplicateIds)
        {
            problems.Add(Diagnostic.Error(DiagnosticCodes.DuplicateElementId, $"The id '{duplicate}' is used more than once on {page.Path}.", page.Sources.Fallback));
        }

        var looked = new HashSet<string>(StringComparer.Ordinal);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var url in page.Links)
        {
            var normalized = SourceLinks.Normalize(url);
            var occurrence = occurrences[normalized] = occurrences.GetValueOrDefault(normalized) + 1;
            if (Resolve(page, url, looked) is { } problem)
            {
                problems.Add(page.Sources.Find(normalized, occurrence - 1) is { } authored
                    ? Diagnostic.Error(DiagnosticCodes.BrokenLink, $"The link '{authored.Url}' {problem}.", authored.Location)
                    : Diagnostic.Error(DiagnosticCodes.BrokenLink,
                        $"The link '{url}'{(page.Sources.IsUnauthoredTheThemes ? " (in the theme's markup)" : "")} {problem}.", page.Sources.Unauthored));
            }
        }

        return new LinkCheck(page.Path, problems.ToImmutable(), [.. looked]);
    }

    /// <summary>Returns what is wrong with the link, or <see langword="null"/> when it resolves.</summary>
    /// <param name="looked">Gathers the files the link was looked up as.</param>
    private string? Resolve(PageLinkIndex page, string url, HashSet<string> looked)
    {
        if (IsExternal(url))
        {
            return null;
        }

        if (SiteUrl.Resolve(page.Path, url.StartsWith('/') ? "/" + StripBasePath(url) : url) is not var (path, fragment))
        {
            return "is not a valid URL";
        }

        var target = FolderIndex.FileOf(Uri.UnescapeDataString(path));
        looked.Add(target);
        if (!targets.HasFile(target))
        {
            var index = FolderIndex.InFolder(target);
            looked.Add(index);
            if (targets.HasFile(index))
            {
                target = index;
            }
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
