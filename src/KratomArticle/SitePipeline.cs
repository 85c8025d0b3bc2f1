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
/// The site, as a list of modules: content files in, the files of the built site out, written as they are made. A build
/// runs them over a <see cref="SiteState"/> and the inputs that changed since it was left: a build from scratch is a
/// rebuild of an empty state, where every input is new.
/// </summary>
internal sealed class SitePipeline
{
    private readonly SiteState _state;
    private readonly SiteChanges _changes;
    private readonly BuildContext _context;

    // Where the files read are stamped, to tell a save that overlapped the build; null for a build from scratch, which
    // nothing compares with a later one.
    private readonly ReadStamps? _stamps;
    private readonly HashSet<string> _dirty = new(StringComparer.Ordinal);
    private bool _listingRead;

    // Settings, theme asset names or the About page changed: every page is rendered again.
    private bool _siteWide;

    private SitePipeline(SiteState state, SiteChanges changes, BuildContext context, ReadStamps? stamps)
    {
        _stamps = stamps;
        _state = state;
        _changes = changes;
        _context = context;
        _siteWide = state.IsEmpty;
    }


    /// <summary>Builds the site in memory from scratch: what tests read.</summary>
    public static SiteBuild Build(BuildContext context) => Build(context, new InMemoryOutput());

    /// <summary>Builds the site into <paramref name="output"/> from scratch; on failure what was written there is to be thrown away.</summary>
    public static SiteBuild Build(BuildContext context, SiteOutput output) => new SitePipeline(new SiteState(output), SiteChanges.All, context, stamps: null).Run();

    /// <summary>Brings <paramref name="state"/> up to date with <paramref name="changes"/>; <see cref="SiteChanges.Everything"/> needs an empty state.</summary>
    /// <param name="stamps">The stamps of the files the rebuild read.</param>
    public static SiteBuild Rebuild(SiteState state, SiteChanges changes, BuildContext context, out ReadStamps stamps)
    {
        if (changes.Everything && !state.IsEmpty)
        {
            throw new ArgumentException("A rebuild of everything starts from an empty state.", nameof(state));
        }

        stamps = new ReadStamps();
        return new SitePipeline(state, changes, context, stamps).Run();
    }

    private SiteBuild Run()
    {
        var contentDirectory = _context.Options.ContentDirectory;
        if (_state.IsEmpty || _changes.Has(ContentListingInput.Instance))
        {
            ReadListing(_context.Run(new DiscoverContent(), contentDirectory));
        }

        if (_listingRead || _changes.Has(SiteSettingsInput.Instance))
        {
            foreach (var file in _state.Listing.Where(f => f.Kind == ContentKind.SiteSettings))
            {
                _stamps?.Take(file.FullPath);
            }

            var settings = InPart(SitePart.Settings, part => part.Run(new LoadSiteSettings(), _state.Listing));
            _siteWide |= !Equals(settings, _state.Settings);
            _state.Settings = settings;
        }

        if (_state.ThemeAssets.IsDefault || _changes.Has(ThemeAssetsInput.Instance))
        {
            var assets = InPart(SitePart.ThemeAssets, part => part.Run(new LoadThemeAssets(), part.Options.Theme));
            _siteWide |= _state.ThemeAssets.IsDefault || !assets.Select(a => (a.Name, a.PublishedName)).SequenceEqual(_state.ThemeAssets.Select(a => (a.Name, a.PublishedName)));
            _state.ThemeAssets = assets;
        }

        var settingsRead = _state.Settings;
        var shareImages = settingsRead is null ? null : InPart(SitePart.ShareImages, part => ShareImages.Load(settingsRead, part));
        MarkChangedContent();
        if (_siteWide)
        {
            _dirty.UnionWith(_state.Groups.Select(g => g.UrlPath));
            _state.Pending.NotFound = true;
            _state.Pending.SiteFiles = true;
            _state.Pending.CheckAll = true;
        }

        using var renderers = new ThemeRendererPool();
        var theme = settingsRead is null ? null : new RenderTheme(_context.Options.Theme, settingsRead, _state.ThemeAssets, renderers, _state.AboutPath);
        var rendered = BuildPages(theme, shareImages, _context.Options.MeasureReadingLevels || settingsRead?.ReadingGrade is not null);

        ImmutableArray<ArticleSummary> pages = [.. _state.Groups.Select(g => _state.Pages[g.UrlPath].Summary).OfType<ArticleSummary>()];
        ReportKept(SitePart.Settings, SitePart.ThemeAssets, SitePart.ShareImages);
        foreach (var page in _state.Pages.Values)
        {
            _context.ReportAll(page.Diagnostics);
        }

        if (pages.IsEmpty && !_context.HasErrors)
        {
            _context.Report(Diagnostic.Error(DiagnosticCodes.NoPages, "The content folder has no pages: add an index.md.", null));
        }

        if (_context.HasErrors || theme is null || settingsRead is null)
        {
            return SiteBuild.Failed with { PagesRendered = rendered };
        }

        _context.Run(new WarnOverdueReviews(settingsRead), pages);
        _context.Run(new WarnReadingGrade(settingsRead), pages);
        var notFound = WriteNotFound(theme);
        ReportKept(SitePart.NotFound);
        if (!notFound)
        {
            return SiteBuild.Failed with { PagesRendered = rendered };
        }

        _context.Run(new WriteThemeAssets(), _state);
        _context.Run(new CopyContentAssets(_stamps), _state);
        if (_state.Pending.SiteFiles)
        {
            InPart(SitePart.SiteFiles, part => part.Run(new WriteSiteFiles(settingsRead, _state.Output), pages));
            _state.Pending.SiteFiles = false;
        }

        ReportKept(SitePart.SiteFiles);

        if (_context.Options.CheckLinks)
        {
            _context.Run(new CheckChangedLinks(settingsRead.BaseUrl?.AbsolutePath ?? "/"), _state);
        }

        return _context.HasErrors
            ? SiteBuild.Failed with { PagesRendered = rendered }
            : new SiteBuild(true, pages, _state.Output.FileCount, rendered) { Output = (_state.Output as InMemoryOutput)?.Snapshot ?? ImmutableDictionary<string, OutputFile>.Empty };
    }

    /// <summary>Takes a new listing: pages whose files are new or differ are to be built, pages gone are removed, and so are assets gone.</summary>
    private void ReadListing(ImmutableArray<ContentFile> files)
    {
        _listingRead = true;
        var groups = _context.Run(new GroupPageFiles(), files);
        var old = _state.Groups.ToDictionary(g => g.UrlPath, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (!old.Remove(group.UrlPath, out var before) || !before.Files.Select(f => f.RelativePath).SequenceEqual(group.Files.Select(f => f.RelativePath)))
            {
                _dirty.Add(group.UrlPath);
            }
        }

        foreach (var gone in old.Keys)
        {
            _state.RemovePage(gone);
        }

        var assets = files.Where(f => f.Kind == ContentKind.Asset).Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _state.Assets.Where(a => !assets.Contains(a)).ToList())
        {
            _state.Assets.Remove(gone);
            _state.Pending.Assets.Remove(gone);
            _state.RemoveOutput(gone);

            // A content file written over a page's HTML or the 404 page (a full build writes it last) leaves it missing.
            if (gone == RenderTheme.NotFoundPath)
            {
                _state.Pending.NotFound = true;
            }
            else if (gone.EndsWith(FolderIndex.FileName, StringComparison.Ordinal) && _state.Pages.ContainsKey(gone[..^FolderIndex.FileName.Length]))
            {
                _dirty.Add(gone[..^FolderIndex.FileName.Length]);
            }
        }

        foreach (var added in assets.Where(_state.Assets.Add))
        {
            _state.Pending.Assets.Add(added);
        }

        var aboutPath = groups.Any(p => p.UrlPath == RenderTheme.AboutPath) ? RenderTheme.AboutPath : null;
        _siteWide |= aboutPath != _state.AboutPath;
        _state.AboutPath = aboutPath;
        _state.Listing = files;
        _state.Groups = groups;
    }

    /// <summary>Marks the pages that read a changed content file, and the changed assets, to be built again.</summary>
    private void MarkChangedContent()
    {
        foreach (var path in _changes.ContentPaths)
        {
            if (_state.Readers.TryGetValue(path, out var readers))
            {
                _dirty.UnionWith(readers);
            }
            else if (_listingRead)
            {
                // A folder renamed or replaced: the pages that read a file inside it.
                var folder = path + "/";
                _dirty.UnionWith(_state.Readers.Where(r => r.Key.StartsWith(folder, StringComparison.Ordinal)).SelectMany(r => r.Value));
            }

            if (_state.Assets.Contains(path))
            {
                _state.Pending.Assets.Add(path);
            }
        }
    }

    /// <summary>Builds the pages marked, in the listing's order, and keeps what the site needs of them; returns how many were rendered.</summary>
    /// <param name="measureReadingLevels">Whether the pages' reading levels are measured: only <c>check</c> and a site with a <c>reading-grade</c> use them.</param>
    private int BuildPages(RenderTheme? theme, ShareImages? shareImages, bool measureReadingLevels)
    {
        ImmutableArray<PageFiles> dirty = [.. _state.Groups.Where(g => _dirty.Contains(g.UrlPath))];
        var results = _context.Run(new InParallel<PageFiles, PageResult>(new BuildPage(theme, shareImages, _state.Output, _state.Links, _stamps, measureReadingLevels)), dirty);
        foreach (var result in results)
        {
            _state.Keep(result);
        }

        return results.Count(r => r.Written);
    }

    /// <summary>Reports what the steps reported when they last ran, which is what they would report now had they run again.</summary>
    private void ReportKept(params ReadOnlySpan<SitePart> steps)
    {
        foreach (var step in steps)
        {
            _context.ReportAll(_state.PartDiagnostics.GetValueOrDefault(step, []));
        }
    }

    private bool WriteNotFound(RenderTheme theme)
    {
        if (!_state.Pending.NotFound)
        {
            return true;
        }

        if (InPart(SitePart.NotFound, theme.RenderNotFound) is not { } notFound)
        {
            return false;
        }

        _state.WriteHtml(notFound.File, notFound.Links);
        _state.KeepAssetOver(notFound.File.Path);
        _state.Pending.NotFound = false;
        return true;
    }

    /// <summary>Runs a site-wide step with diagnostics of its own, kept for the rebuilds that skip it (see <see cref="ReportKept"/>).</summary>
    private T InPart<T>(SitePart step, Func<BuildContext, T> run)
    {
        var part = _context.Part();
        var result = run(part);
        _state.PartDiagnostics[step] = part.Diagnostics;
        return result;
    }
}
