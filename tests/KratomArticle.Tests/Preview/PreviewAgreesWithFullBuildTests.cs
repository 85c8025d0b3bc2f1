using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KratomArticle.Engine;
using KratomArticle.Preview;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Preview;

/// <summary>
/// The running preview (its watcher, its rebuilds, its HTTP endpoint) through hundreds of random saves, each written the
/// way one editor or another writes it: after each, once the preview has settled, every file it serves is the file a full
/// build of the same content makes, byte for byte; every file the full build lacks answers 404; and a failed build leaves
/// the last good site served, with its errors shown.
/// </summary>
public sealed partial class PreviewAgreesWithFullBuildTests : IAsyncLifetime
{
    private const int Edits = 250;

    /// <summary>How long the preview must stay idle, having handled the save, before it is compared: events can come late.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(60);

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(20);

    private readonly TestSite _site = TestSite.Empty();
    private readonly int _seed = Environment.GetEnvironmentVariable("KRATOM_PREVIEW_SEED") is { } seed ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : Random.Shared.Next();
    private readonly Random _random;
    private readonly HashSet<string> _everServed = new(StringComparer.Ordinal);
    private readonly List<string> _log = [];
    private TestPreview _preview = null!;
    private int _counter;
    private bool _failing;

    // A file saved with broken front matter, and its text before, to be put back by the next edit.
    private (string File, string Text)? _broken;

    // The full build of the content between the two steps of a delete-then-create save, when it succeeded: the preview
    // may have built and served that moment, and keeps serving it when the save then fails.
    private SiteBuild? _between;

    public PreviewAgreesWithFullBuildTests() => _random = new Random(_seed);

    public async ValueTask InitializeAsync()
    {
        _site.Write("site.yml", "title: Test site\ndescription: A site for the test.\n");
        _site.Write("index.md", Page("Home") + "The lead of the home page.\n");
        _site.Write("01-intro.md", Section("Introduction") + "Why this matters.\n");
        _site.Write("02-details.md", Section("Details") + "The details.\n");
        _site.Write("about.md", Page("About") + "Who writes this.\n");
        _site.Write("guides/index.md", Page("Guides") + "All the guides.\n");
        _site.Write("guides/01-start.md", Section("Getting started") + "Begin here.\n");
        _site.WriteBytes("images/a.png", [1, 2, 3]);
        _preview = await TestPreview.StartAsync(_site);
    }

    public async ValueTask DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task After_every_random_save_the_preview_serves_what_a_full_build_makes()
    {
        var clock = Stopwatch.StartNew();
        var lastGood = await CompareAsync("the first build", null);
        var failed = 0;
        for (var i = 0; i < Edits; i++)
        {
            var handled = _preview.Server.BatchesHandled;
            _between = null;
            var what = Edit();
            _log.Add(what);
            if (what.Length == 0)
            {
                continue;
            }

            await SettleAsync(handled, what);
            var served = await CompareAsync(what, lastGood);
            _failing = _preview.Server.State.Failed;
            failed += _failing ? 1 : 0;
            lastGood = served;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Seed {_seed}: {Edits} edits, {failed} failed builds, in {clock.Elapsed.TotalSeconds:0.0} s.");
        Assert.InRange(failed, 1, Edits / 2);
    }

    /// <summary>
    /// Compares what the preview serves with a full build of the content as it is now; returns the build it serves.
    /// When the full build failed, the preview must serve the last good build (<paramref name="lastGood"/>, or the
    /// content between the two steps of a delete-then-create save) and show the full build's errors.
    /// </summary>
    private async Task<SiteBuild> CompareAsync(string what, SiteBuild? lastGood)
    {
        var context = new BuildContext(Options(_site.Root), BuildLog.Silent);
        var full = SitePipeline.Build(context);
        var state = _preview.Server.State;
        if (full.Succeeded)
        {
            Assert.False(state.Failed, Failure(what, $"the full build succeeded, but the preview shows errors: {string.Join('\n', state.Errors)}"));
            Assert.Null(await DifferenceAsync(full, state.BuildId, what));
            return full;
        }

        Assert.True(state.Failed, Failure(what, $"the full build failed ({string.Join('\n', context.Diagnostics.Select(d => d.Format("content/")))}), but the preview shows no errors"));
        Assert.Equal([.. context.Diagnostics.Select(d => d.Format("content/"))], state.Errors);
        if (_between is { } between && await DifferenceAsync(between, state.BuildId, what) is null)
        {
            return between;
        }

        Assert.Null(await DifferenceAsync(lastGood!, state.BuildId, what));
        return lastGood!;
    }

    /// <summary>
    /// How what the preview serves over HTTP differs from <paramref name="expected"/>: a file of it that is not served
    /// byte for byte, or a path served before that it lacks and that does not answer 404; <see langword="null"/> when it does not.
    /// </summary>
    private async Task<string?> DifferenceAsync(SiteBuild expected, string buildId, string what)
    {
        foreach (var file in expected.Files)
        {
            _everServed.Add(file.Path);
            using var response = await _preview.Http.GetAsync(file.Path, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return Failure(what, $"{file.Path} answers {(int)response.StatusCode}");
            }

            var served = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var bytes = file.Path.EndsWith(".html", StringComparison.Ordinal) ? LiveReloadScript.InjectInto(file.Content.Span, buildId) : file.Content.ToArray();
            if (!bytes.AsSpan().SequenceEqual(served))
            {
                return Failure(what, $"{file.Path} differs from the full build's:\n{Encoding.UTF8.GetString(served)}\n---\n{Encoding.UTF8.GetString(bytes)}");
            }
        }

        foreach (var gone in _everServed.Where(p => !expected.Output.ContainsKey(p)))
        {
            using var response = await _preview.Http.GetAsync(gone, TestContext.Current.CancellationToken);
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                return Failure(what, $"{gone}, which the full build lacks, answers {(int)response.StatusCode}");
            }
        }

        return null;
    }

    private BuildOptions Options(string root) =>
        new(root, Path.Combine(root, "content"), _preview.Url, IncludeDrafts: false, DefaultTheme.Instance);

    /// <summary>A full build of the site as it would be without <paramref name="file"/>, made in a copy of it.</summary>
    private SiteBuild BuildWithout(string file)
    {
        using var copy = TestSite.Empty();
        foreach (var source in Directory.EnumerateFiles(_site.Root, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.Root, Path.GetRelativePath(_site.Root, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
        }

        File.Delete(Path.Combine(copy.ContentDirectory, file));
        return SitePipeline.Build(new BuildContext(Options(copy.Root), BuildLog.Silent));
    }

    /// <summary>Waits until the preview has handled a batch since <paramref name="handled"/>, then has stayed idle for a while.</summary>
    private async Task SettleAsync(long handled, string what)
    {
        var deadline = Stopwatch.StartNew();
        var idleSince = (Stopwatch?)null;
        var seen = handled;
        while (true)
        {
            Assert.True(deadline.Elapsed < Settle, Failure(what, "the preview did not settle"));
            var now = _preview.Server.BatchesHandled;
            if (now > handled && _preview.Server.IsIdle && now == seen)
            {
                idleSince ??= Stopwatch.StartNew();
                if (idleSince.Elapsed >= Quiet)
                {
                    return;
                }
            }
            else
            {
                idleSince = null;
            }

            seen = now;
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }
    }

    private string Failure(string what, string problem) =>
        $"After {what}: {problem}.\nSeed {_seed} (set KRATOM_PREVIEW_SEED to replay); the edits were:\n{string.Join('\n', _log)}";

    /// <summary>Makes one random edit and says what it was; empty when there was nothing to do.</summary>
    private string Edit()
    {
        if (_broken is { } broken)
        {
            _broken = null;
            return Save(broken.File, broken.Text, "fixed the front matter of");
        }

        var markdown = MarkdownFiles();
        var n = ++_counter;
        var file = Pick(markdown);
        if (_failing && _random.Next(2) == 0)
        {
            return string.Join("; ", markdown.Where(f => Read(f).Contains("\nSee [", StringComparison.Ordinal) || Read(f).Contains("\n![", StringComparison.Ordinal)).Select(RemoveLinks));
        }

        return _random.Next(20) switch
        {
            0 or 1 or 2 => Save(file, Read(file) + $"\nA new paragraph, number {n}.\n", "added a paragraph to"),
            3 or 4 => AddHeading(file, n),
            5 or 6 => AddLink(file, markdown),
            7 => RemoveLinks(file),
            8 => AddSection(n),
            9 => Delete(Pick([.. markdown.Where(IsSection)])),
            10 => Rename(Pick([.. markdown.Where(IsSection)]), n),
            11 => AddPage(n),
            12 => RemovePage(markdown),
            13 => Rename(Pick([.. markdown.Where(f => !IsSection(f) && !f.EndsWith("index.md", StringComparison.Ordinal))]), n),
            14 => Save("site.yml", $"title: Test site {n}\ndescription: A site for the test, version {n}.\n", "changed"),
            15 => Image(n, markdown),
            16 or 17 => Theme(n),
            18 => BreakFrontMatter(file),
            _ => Save(file, Regex.Replace(Read(file), "number \\d+", $"number {n}"), "renumbered paragraphs in"),
        };
    }

    private string AddHeading(string file, int n) =>
        Save(file, Read(file) + (_random.Next(2) == 0 ? $"\n### Heading {n} {{#h-{n}}}\n\nText under it.\n" : $"\n### Heading {n}\n\nText.\n"), "added a heading to");

    /// <summary>Links to a heading's id on its page, to a page, or (now and then) to an id no page has.</summary>
    private string AddLink(string file, List<string> markdown)
    {
        var target = Pick(markdown);
        var ids = ExplicitId().Matches(Read(target)).Select(m => m.Groups[1].Value).ToList();
        var fragment = _random.Next(6) switch
        {
            0 => "",
            1 => "#no-such-id",
            _ => ids.Count == 0 ? "" : "#" + Pick(ids),
        };
        return Save(file, Read(file) + $"\nSee [this]({UrlOf(target)}{fragment}).\n", $"added a link to {UrlOf(target)}{fragment} to");
    }

    private string RemoveLinks(string file) =>
        Save(file, string.Join('\n', Read(file).Split('\n').Where(l => !l.StartsWith("See [", StringComparison.Ordinal) && !l.StartsWith("![", StringComparison.Ordinal))), "removed the links of");

    private string AddSection(int n)
    {
        var folder = Pick(["", "guides/", .. Directory.GetDirectories(_site.ContentDirectory).Select(Path.GetFileName).Where(d => d is not ("images" or "guides")).Select(d => d + "/")]);
        return File.Exists(Path.Combine(_site.ContentDirectory, folder, "index.md"))
            ? Save($"{folder}{n + 2:000}-part-{n}.md", Section($"Part {n}") + "Section text.\n", "added the section")
            : "";
    }

    private string AddPage(int n) =>
        _random.Next(2) == 0
            ? Save($"page-{n}.md", Page($"Page {n}") + "A page of its own.\n", "added the page")
            : Save($"folder-{n}/index.md", Page($"Folder {n}") + "A page with sections.\n", "added the page");

    private string RemovePage(List<string> markdown)
    {
        var pages = markdown.Where(f => f != "index.md" && !IsSection(f) && f.Contains('-', StringComparison.Ordinal)).ToList();
        if (pages.Count == 0)
        {
            return "";
        }

        var page = Pick(pages);
        if (page.EndsWith("/index.md", StringComparison.Ordinal))
        {
            RemoveFolder(Path.Combine(_site.ContentDirectory, Path.GetDirectoryName(page)!));
            return $"removed the folder of {page}";
        }

        return Delete(page);
    }

    private string Rename(string? file, int n)
    {
        if (file is null)
        {
            return "";
        }

        var folder = Path.GetDirectoryName(file)!;
        var renamed = Path.Combine(folder, IsSection(file) ? $"{n + 2:000}-renamed-{n}.md" : $"renamed-{n}.md").Replace('\\', '/');
        File.Move(Full(file), Full(renamed));
        return $"renamed {file} to {renamed}";
    }

    private string Image(int n, List<string> markdown)
    {
        var images = Directory.Exists(Full("images")) ? Directory.GetFiles(Full("images")).Select(f => Path.GetFileName(f)!).ToList() : [];
        switch (_random.Next(3))
        {
            case 0 when images.Count > 0:
                File.Delete(Full("images/" + Pick(images)));
                return "deleted an image";
            case 1 when images.Count > 0:
                var file = Pick(markdown);
                return Save(file, Read(file) + $"\n![Image {n}](/images/{Pick(images)})\n", "added an image to");
            default:
                return SaveBytes($"images/i{n % 5}.png", [.. Enumerable.Range(0, 16).Select(_ => (byte)_random.Next(256))], "saved an image as");
        }
    }

    private string Theme(int n)
    {
        var overlay = _site.ThemeOverlayDirectory;
        switch (_random.Next(4))
        {
            case 0:
                _site.WriteThemeFile("site.css", $"body {{ color: #{n % 999:000}; }}\n");
                return "overrode the theme's stylesheet";
            case 1:
                _site.WriteThemeFile($"extra/notes-{n % 3}.txt", $"notes {n}");
                return "added a file to the theme's";
            case 2 when Directory.Exists(overlay) && Directory.GetFiles(overlay, "*", SearchOption.AllDirectories) is [_, ..] files:
                File.Delete(Pick([.. files]));
                return "deleted a file of the theme's overlay";
            default:
                if (Directory.Exists(Path.Combine(_site.Root, "themes")))
                {
                    Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true);
                    return "removed the theme's overlay";
                }

                return "";
        }
    }

    private string BreakFrontMatter(string file)
    {
        var text = Read(file);
        _broken = (file, text);
        return Save(file, text.Replace("title:", "title: [unclosed", StringComparison.Ordinal), "broke the front matter of");
    }

    /// <summary>
    /// Removes a folder of the content at once, renaming it to a hidden name first, so no moment shows it half deleted
    /// (a page with some of its sections gone may build, and would be served if the deletion then fails the build).
    /// </summary>
    private void RemoveFolder(string folder)
    {
        var bin = Path.Combine(Path.GetDirectoryName(folder)!, ".deleted-" + ++_counter);
        Directory.Move(folder, bin);
        Directory.Delete(bin, recursive: true);
    }

    private string Delete(string? file)
    {
        if (file is null)
        {
            return "";
        }

        File.Delete(Full(file));
        return $"deleted {file}";
    }

    private string Save(string file, string text, string what) => SaveBytes(file, new UTF8Encoding(false).GetBytes(text), what);

    /// <summary>Saves as one editor or another does: in place, through a temporary file renamed over it, or deleting it first.</summary>
    private string SaveBytes(string file, byte[] bytes, string what)
    {
        var path = Full(file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var style = File.Exists(path) ? _random.Next(3) : 0;
        switch (style)
        {
            case 0:
                File.WriteAllBytes(path, bytes);
                return $"{what} {file} (in place)";
            case 1:
                var temporary = _random.Next(2) == 0 ? path + "___jb_tmp___" : Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".swp");
                File.WriteAllBytes(temporary, bytes);
                File.Move(temporary, path, overwrite: true);
                return $"{what} {file} (through a temporary file)";
            default:
                var between = BuildWithout(file);
                _between = between.Succeeded ? between : null;
                File.Delete(path);
                File.WriteAllBytes(path, bytes);
                return $"{what} {file} (deleted, then written)";
        }
    }

    private List<string> MarkdownFiles() =>
    [
        .. Directory.EnumerateFiles(_site.ContentDirectory, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_site.ContentDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    private string Pick(List<string> items) => items.Count == 0 ? null! : items[_random.Next(items.Count)];

    private string Full(string file) => Path.Combine(_site.ContentDirectory, file);

    private string Read(string file) => File.Exists(Full(file)) ? File.ReadAllText(Full(file)) : Page("Restored");

    private static bool IsSection(string file) => SectionName().IsMatch(Path.GetFileName(file));

    /// <summary>The URL of the page a file is part of.</summary>
    private static string UrlOf(string file)
    {
        var folder = file.Contains('/', StringComparison.Ordinal) ? file[..file.LastIndexOf('/')] : "";
        var name = Path.GetFileName(file);
        var key = name == "index.md" || IsSection(file) ? folder : (folder.Length == 0 ? "" : folder + "/") + name[..^".md".Length];
        return key.Length == 0 ? "/" : $"/{key}/";
    }

    private static string Page(string title) => $"---\ntitle: {title}\ndescription: The page {title}.\n---\n";

    private static string Section(string title) => $"---\ntitle: {title}\n---\n";

    [GeneratedRegex(@"\{#(h-\d+)\}")]
    private static partial Regex ExplicitId();

    [GeneratedRegex(@"^\d{1,6}-.+\.md$")]
    private static partial Regex SectionName();
}
