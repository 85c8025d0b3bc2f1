using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;

namespace KratomArticle;

/// <summary>
/// What one build leaves for the next: the site-wide inputs as read, each page's <see cref="PageResult"/>, which pages read
/// each content file, the output, the link index and each HTML file's link problems. A build from scratch starts from an
/// empty state; the preview keeps one across its rebuilds, so a rebuild visits only the pages whose inputs changed.
/// </summary>
internal sealed class SiteState(SiteOutput output)
{
    public SiteOutput Output { get; } = output;

    public SiteLinkIndex Links { get; } = new();

    /// <summary>The content listing; default before the first build.</summary>
    public ImmutableArray<ContentFile> Listing { get; set; }

    /// <summary>The pages' files, in the listing's order.</summary>
    public ImmutableArray<PageFiles> Groups { get; set; } = [];

    public SiteSettings? Settings { get; set; }

    /// <summary>The theme's files as published; default until loaded.</summary>
    public ImmutableArray<ThemeAsset> ThemeAssets { get; set; }

    public string? AboutPath { get; set; }

    /// <summary>The pages by URL path.</summary>
    public Dictionary<string, PageResult> Pages { get; } = new(StringComparer.Ordinal);

    /// <summary>For each content file a page read, the URL paths of the pages that read it.</summary>
    public Dictionary<string, HashSet<string>> Readers { get; } = new(StringComparer.Ordinal);

    /// <summary>The content files published as they are.</summary>
    public HashSet<string> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>The diagnostics of each site-wide step, as it last ran.</summary>
    public Dictionary<SitePart, ImmutableArray<Diagnostic>> PartDiagnostics { get; } = [];

    /// <summary>The link problems of each HTML file, as last checked.</summary>
    public LinkCheckIndex LinkChecks { get; } = new();

    /// <summary>Work a build found to do that a later step has not done yet (it failed before, or has not run).</summary>
    public PendingWork Pending { get; } = new();

    /// <summary>The theme's files written in the output, by published name.</summary>
    public HashSet<string> WrittenThemeAssets { get; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Listing.IsDefault;

    /// <summary>Takes a page's new result in place of its last one.</summary>
    public void Keep(PageResult page)
    {
        var url = page.Files.UrlPath;
        if (Pages.Remove(url, out var before))
        {
            Forget(before);
            Pending.SiteFiles |= !Equals(before.Summary?.FrontMatter, page.Summary?.FrontMatter);
            if (before.Written && !page.Written)
            {
                RemoveOutput(before.OutputPath);
            }
        }
        else
        {
            Pending.SiteFiles = true;
        }

        Pages[url] = page;
        foreach (var read in page.Reads)
        {
            if (!Readers.TryGetValue(read, out var readers))
            {
                Readers[read] = readers = new(StringComparer.Ordinal);
            }

            readers.Add(url);
        }

        if (page.Written)
        {
            KeepAssetOver(page.OutputPath);
            Pending.Checks.Add(page.OutputPath);
            if (page.TargetChanged)
            {
                Pending.ChangedTargets.Add(page.OutputPath);
            }
        }
    }

    /// <summary>A content file at the path of a page written is copied again after it, as a full build writes it last.</summary>
    public void KeepAssetOver(string path)
    {
        if (Assets.Contains(path))
        {
            Pending.Assets.Add(path);
        }
    }

    /// <summary>Drops a page that is gone, and its file.</summary>
    public void RemovePage(string url)
    {
        if (Pages.Remove(url, out var page))
        {
            Forget(page);
            Pending.SiteFiles = true;
            if (page.Written)
            {
                RemoveOutput(page.OutputPath);
            }
        }
    }

    /// <summary>Drops the page from the readers of the files it read.</summary>
    private void Forget(PageResult page)
    {
        foreach (var read in page.Reads)
        {
            if (Readers.TryGetValue(read, out var readers) && readers.Remove(page.Files.UrlPath) && readers.Count == 0)
            {
                Readers.Remove(read);
            }
        }
    }

    /// <summary>Takes a file out of the site, its ids and links with it; links to it are checked again.</summary>
    public void RemoveOutput(string path)
    {
        Output.Remove(path);
        Links.Remove(path);
        Pending.ChangedTargets.Add(path);
        Pending.Checks.Add(path);
    }

    /// <summary>Whether a file of the site other than the theme's has the path.</summary>
    public bool IsTaken(string path) =>
        path == RenderTheme.NotFoundPath
        || Assets.Contains(path)
        || WriteSiteFiles.Paths.Contains(path)
        || (path.EndsWith(FolderIndex.FileName, StringComparison.Ordinal) && Pages.TryGetValue(path[..^FolderIndex.FileName.Length], out var page) && page.Written);

    /// <summary>Writes an HTML file and its ids and links, whose links are to be checked.</summary>
    public void WriteHtml(OutputFile file, PageLinkIndex links)
    {
        if (Output.Write(file) | Links.Add(links))
        {
            Pending.ChangedTargets.Add(file.Path);
        }

        Pending.Checks.Add(file.Path);
    }
}
