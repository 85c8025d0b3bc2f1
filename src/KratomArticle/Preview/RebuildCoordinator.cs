using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;
using KratomArticle.Reporting;

namespace KratomArticle.Preview;

/// <summary>
/// Builds the site for the preview, then rebuilds it after each batch of saves, visiting only the pages that read a
/// saved file. A good build replaces the served site and reloads the open pages; a failed one leaves the last good site
/// served and shows its problems, on the console and over the pages.
/// </summary>
/// <param name="basePath">The URL path the site is served under, ending in <c>/</c>.</param>
internal sealed class RebuildCoordinator(BuildOptions options, bool verbose, CliConsole console, LiveReloadHub hub, string basePath)
{
    // How long a failed rebuild's errors wait for another save before they are shown.
    private static readonly TimeSpan ErrorGrace = TimeSpan.FromMilliseconds(250);

    // What the last build left, which the next one brings up to date: a rebuild visits only the pages whose inputs changed.
    private SiteState _site = NewState();

    // The output's version when the served site was taken from it. A rebuild that is not served (a save overlapped it)
    // still changes the output, so a rebuild after it is compared with what is served, not with the output before it.
    private long _servedVersion = -1;

    // Tells this server's builds from another run's, so a page that reconnects after a restart reloads.
    private readonly string _session = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private int _builds;
    private long _handled;
    private volatile bool _building;
    private PreviewState _state = PreviewState.Starting;

    public PreviewState State => Volatile.Read(ref _state);

    /// <summary>How many batches of saves have been handled, whether their build was served, failed or thrown away.</summary>
    public long BatchesHandled => Interlocked.Read(ref _handled);

    /// <summary>Whether a batch is being built.</summary>
    public bool IsBuilding => _building;

    public async Task RunAsync(ContentWatcher watcher, CancellationToken stopping)
    {
        while (true)
        {
            ChangeBatch changes;
            try
            {
                changes = await watcher.NextBatchAsync(stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            _building = true;
            try
            {
                await BuildAsync(changes, watcher, stopping);
            }
            finally
            {
                _building = false;
                Interlocked.Increment(ref _handled);
            }
        }
    }

    /// <summary>Builds the site for the first time and serves whatever it gives; saves made meanwhile are the watcher's next batch.</summary>
    public Task BuildFirstAsync() => BuildAsync(changes: null, watcher: null, CancellationToken.None);

    private async Task BuildAsync(ChangeBatch? changes, ContentWatcher? watcher, CancellationToken stopping)
    {
        var clock = Stopwatch.StartNew();
        var siteChanges = changes is null ? SiteChanges.All : Inputs(changes);
        if (siteChanges.Everything)
        {
            _site = NewState();
        }

        var previous = State;
        var output = (InMemoryOutput)_site.Output;
        var fromScratch = siteChanges.Everything;
        var context = new BuildContext(options, new BuildLog(console.Out, verbose));
        var (build, bug, stamps) = Run(siteChanges, context);
        if (changes is not null && watcher is not null && (watcher.HasWaitingChanges || stamps?.Unchanged() != true))
        {
            // Files changed while this build read them, so it may hold some files from before a save and some from after
            // it, or half of a file. It is neither served nor reported; the watcher's next batch builds again.
            context.Log.Verbose("Files changed again during the rebuild; rebuilding with them.");
            return;
        }

        if (!build.Succeeded && watcher is not null && await watcher.ChangesWithinAsync(ErrorGrace, stopping))
        {
            // An editor that truncates a file and then writes it, or saves several files, can pause in between for longer
            // than the watcher waits; the errors of that moment are gone by the next save, so they are not shown.
            context.Log.Verbose("Files changed again soon after a failed rebuild; rebuilding with them.");
            return;
        }

        if (bug is null)
        {
            DiagnosticPrinter.Print(context.Diagnostics, options, console);
        }

        if (fromScratch)
        {
            // A build from scratch leaves the garbage of parsing every page, far more than the site it keeps; the garbage
            // collector would hold on to that memory for as long as the preview runs.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }

        if (build.Succeeded)
        {
            var site = new SiteSnapshot(build, $"{_session}-{Interlocked.Increment(ref _builds)}");
            // A rebuild tells whether it changed a file; a build from scratch is compared with the last one whole.
            var unchanged = !previous.Failed && previous.Site is { } last && (fromScratch ? last.HasSameFilesAs(site) : output.Version == _servedVersion);
            _servedVersion = output.Version;
            if (!unchanged)
            {
                Volatile.Write(ref _state, new PreviewState(site, []));
                var target = changes is null ? null : ScrollTarget.For(ContentPaths(changes), build, basePath);
                await hub.BroadcastAsync(LiveReloadMessage.Reload(site.BuildId, target));
            }

            var rendered = build.PagesRendered;
            console.Out.WriteLine(changes is null
                ? $"Built {Plural.Of(build.PageCount, "page")} in {clock.ElapsedMilliseconds} ms."
                : $"{Describe(changes)} changed: {Plural.Of(rendered, "page")} re-rendered in {clock.ElapsedMilliseconds} ms{(unchanged ? "; the site is unchanged" : "")}.");
        }
        else
        {
            var prefix = DiagnosticPrinter.ContentPrefix(options, console.WorkingDirectory);
            ImmutableArray<string> errors = bug is not null ? [bug] : [.. context.Diagnostics.Select(d => d.Format(prefix))];
            Volatile.Write(ref _state, previous with { Errors = errors });
            await hub.BroadcastAsync(LiveReloadMessage.Failed(previous.BuildId, errors));
            var summary = context.Diagnostics.IsEmpty ? "the bug above" : DiagnosticPrinter.Summary(context.Diagnostics);
            console.Error.WriteLine(changes is null
                ? $"Build failed: {summary}. The page shows the problems until they are fixed."
                : $"{Describe(changes)} changed: the build failed with {summary} in {clock.ElapsedMilliseconds} ms; still serving the last good build.");
        }
    }

    /// <summary>Runs the pipeline; the preview must outlive even a bug in it, which is printed and returned as the line <c>build</c> prints.</summary>
    private static SiteState NewState() => new(new InMemoryOutput());

    /// <summary>Runs the pipeline; the preview must outlive even a bug in it, which is printed and returned as the line <c>build</c> prints.</summary>
    private (SiteBuild Build, string? Bug, ReadStamps? Stamps) Run(SiteChanges changes, BuildContext context)
    {
        try
        {
            var build = SitePipeline.Rebuild(_site, changes, context, out var stamps);
            return (build, null, stamps);
        }
        catch (Exception e)
        {
            // What the state holds may be half updated: the next build starts from nothing.
            _site = NewState();
            var bug = BugReport.Line(e, console.WorkingDirectory);
            console.Error.WriteLine(bug);
            return (SiteBuild.Failed, bug, null);
        }
    }

    /// <summary>The inputs the saved paths are: content files, <c>site.yml</c>, the theme's files, and the listing when files were added or removed.</summary>
    private SiteChanges Inputs(ChangeBatch changes)
    {
        if (changes.Everything)
        {
            return SiteChanges.All;
        }

        var inputs = new List<SiteInput>();
        if (changes.FilesAddedOrRemoved)
        {
            inputs.Add(ContentListingInput.Instance);
        }

        foreach (var path in changes.Paths)
        {
            if (FolderPaths.RelativeTo(options.ContentDirectory, path) is { } relative)
            {
                inputs.Add(relative == ContentFile.SiteSettingsFileName ? SiteSettingsInput.Instance : new ContentFileInput(relative));
            }
            else if (path == ThemeOverlay.Folder(options) || FolderPaths.RelativeTo(ThemeOverlay.Folder(options), path) is not null)
            {
                inputs.Add(ThemeAssetsInput.Instance);
            }
            else
            {
                // The content folder itself, or a folder above the theme's: anything under it may have changed.
                return SiteChanges.All;
            }
        }

        return SiteChanges.Of(inputs);
    }

    private IEnumerable<string> ContentPaths(ChangeBatch changes) =>
        changes.Paths.Select(path => FolderPaths.RelativeTo(options.ContentDirectory, path)).OfType<string>();

    /// <summary>Names the saved files; an editor's temporary files, gone by now, are left out when others remain.</summary>
    private string Describe(ChangeBatch changes)
    {
        var remaining = changes.Paths.Where(Path.Exists).ToList();
        var shown = (remaining.Count > 0 ? remaining : [.. changes.Paths])
            .Select(path => Path.GetRelativePath(console.WorkingDirectory, path).Replace('\\', '/'))
            .ToList();
        if (changes.Everything || shown.Count == 0)
        {
            return "The theme's code or many files";
        }

        return shown.Count == 1 ? shown[0] : $"{shown[0]} and {Plural.Of(shown.Count - 1, "other file")}";
    }
}
