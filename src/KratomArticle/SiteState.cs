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
public sealed class SiteState(SiteOutput output)
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
}
