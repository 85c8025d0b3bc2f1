using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Site;

/// <summary>Rebuilds of a kept state, as the preview's are: only the pages whose inputs changed are visited, and the result is a full build's.</summary>
public sealed class RebuildTests : IDisposable
{
    private const string Section = "02-mechanisms-and-evidence.md";

    private readonly TestSite _site = TestSite.WithRealContent();
    private readonly SiteState _state = new(new InMemoryOutput());
    private readonly List<SiteInput> _changed = [];

    public void Dispose() => _site.Dispose();

    [Fact]
    public void After_every_kind_of_edit_a_rebuild_gives_a_full_builds_files_and_diagnostics_byte_for_byte()
    {
        const string SectionWithNotes = "---\ntitle: Further reading\n---\n### Sources\n\nSee the references.[^1]\n\n[^1]: A footnote.\n";
        var edits = new (string What, Action Edit)[]
        {
            ("nothing", () => { }),
            ("a section", () => Replace(Section, "has garnered attention", "has drawn attention")),
            ("the lead", () => Replace("index.md", "Explore the intricate", "Explore the subtle")),
            ("a new page", () => Save("about.md", "---\ntitle: About\ndescription: Who writes this.\n---\nThe editorial team.\n")),
            ("a new section with a heading and a footnote", () => Save("05-further-reading.md", SectionWithNotes)),
            ("a footnote in another section", () => Replace("04-conclusion.md", "within the brain.", "within the brain.[^a]\n\n[^a]: Another footnote.\n")),
            ("a deleted section", () => Delete("03-holistic-approach.md")),
            ("an unknown key", () => Replace("01-neurotransmitters.md", "title:", "colour: blue\ntitle:")),
            ("a duplicate explicit id", () => Save("05-further-reading.md", "---\ntitle: Further reading\n---\n### One {#dup}\n\n### Two {#dup}\n")),
            ("malformed YAML", () => Replace(Section, "title: \"", "title: [\"")),
            ("the fixes", () =>
            {
                Replace(Section, "title: [\"", "title: \"");
                Save("05-further-reading.md", SectionWithNotes);
            }),
            ("a link to a heading of the about page", () => Replace("04-conclusion.md", "within the brain.", "within the brain ([who we are](/about/#the-team)).")),
            ("the heading it links to", () => Replace("about.md", "The editorial team.", "## The team\n\nThe editorial team.")),
            ("an HTML file of the content over the about page's", () => Save("about/index.html", "<!DOCTYPE html><title>Over</title><p>Written over the page.</p>\n")),
            ("the about page, saved under it", () => Replace("about.md", "The editorial team.", "The editors.")),
            ("that HTML file removed", () => Delete("about/index.html")),
            ("site.yml", () => Replace(ContentFile.SiteSettingsFileName, "title: Kratom and Impulse Control", "title: Kratom, Impulses and Control")),
            ("an image", () => Save("images/dot.png", "not really a PNG")),
            ("a copy of the theme's files in the root", () =>
            {
                _site.CopyThemeFiles();
                _changed.Add(ThemeAssetsInput.Instance);
            }),
            ("the theme's stylesheet", () =>
            {
                File.AppendAllText(ThemeStylesheet, "\n.edited { color: red; }\n");
                _changed.Add(ThemeAssetsInput.Instance);
            }),
            ("a file added to the theme's", () =>
            {
                _site.WriteThemeFile("extra/notes.txt", "added");
                _changed.Add(ThemeAssetsInput.Instance);
            }),
            ("the root's theme files removed", () =>
            {
                Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true);
                _changed.Add(ThemeAssetsInput.Instance);
            }),
            ("nothing, again", () => { }),
        };

        Rebuild(SiteChanges.All);
        foreach (var (what, edit) in edits)
        {
            edit();
            var (incremental, incrementalContext, _) = Rebuild(SiteChanges.Of(_changed));
            _changed.Clear();
            var (full, fullContext) = SiteBuilder.Build(_site);

            Assert.True(fullContext.Diagnostics.SequenceEqual(incrementalContext.Diagnostics),
                $"The diagnostics differ after {what}:\n{string.Join('\n', SiteBuilder.Messages(fullContext))}\n---\n{string.Join('\n', SiteBuilder.Messages(incrementalContext))}");
            Assert.Equal(full.Succeeded, incremental.Succeeded);
            if (full.Succeeded)
            {
                Assert.Equal(Snapshot(full), Snapshot(incremental));
            }
        }
    }

    [Fact]
    public void A_rebuild_reads_and_renders_only_what_changed_and_a_site_yml_change_re_renders_every_page()
    {
        Save("about.md", "---\ntitle: About\ndescription: Who writes this.\n---\nThe editorial team.\n");
        Assert.Equal((6, 2), Work());

        Assert.Equal((0, 0), Work());

        Replace("about.md", "editorial team", "editors");
        Assert.Equal((1, 1), Work());

        // A page is read whole: every file of it, so it is never made of files read at different times.
        Replace(Section, "has garnered attention", "has drawn attention");
        Assert.Equal((5, 1), Work());

        Replace(ContentFile.SiteSettingsFileName, "language: en", "language: en-GB");
        Assert.Equal((6, 2), Work());

        _site.CopyThemeFiles();
        _changed.Add(ThemeAssetsInput.Instance);
        Assert.Equal((0, 0), Work());

        File.AppendAllText(ThemeStylesheet, "\n.edited { color: red; }\n");
        _changed.Add(ThemeAssetsInput.Instance);
        Assert.Equal((6, 2), Work());
    }

    private string ThemeStylesheet => Path.Combine(_site.ThemeOverlayDirectory, "site.css");

    private (SiteBuild Build, BuildContext Context, ReadStamps Read) Rebuild(SiteChanges changes) => SiteBuilder.Rebuild(_site, _state, changes);

    /// <summary>How many Markdown files a rebuild read and how many pages it rendered through the theme.</summary>
    private (int Read, int Rendered) Work()
    {
        var (build, context, read) = Rebuild(_state.IsEmpty ? SiteChanges.All : SiteChanges.Of(_changed));
        _changed.Clear();
        Assert.True(build.Succeeded, string.Join('\n', SiteBuilder.Messages(context)));
        return (read.Files.Count(f => f.EndsWith(".md", StringComparison.Ordinal)), build.PagesRendered);
    }

    private void Replace(string file, string text, string replacement)
    {
        var path = Path.Combine(_site.ContentDirectory, file);
        var before = File.ReadAllText(path);
        Assert.Contains(text, before);
        Save(file, before.Replace(text, replacement, StringComparison.Ordinal));
    }

    /// <summary>Writes a content file and, as the preview's watcher does, tells the next rebuild what changed.</summary>
    private void Save(string file, string text)
    {
        var added = !File.Exists(Path.Combine(_site.ContentDirectory, file));
        _site.Write(file, text);
        Changed(file, added);
    }

    private void Delete(string file)
    {
        File.Delete(Path.Combine(_site.ContentDirectory, file));
        Changed(file, addedOrRemoved: true);
    }

    private void Changed(string file, bool addedOrRemoved)
    {
        _changed.Add(file == ContentFile.SiteSettingsFileName ? SiteSettingsInput.Instance : new ContentFileInput(file));
        if (addedOrRemoved)
        {
            _changed.Add(ContentListingInput.Instance);
        }
    }

    private static SortedDictionary<string, string> Snapshot(SiteBuild build) =>
        new(build.Files.ToDictionary(f => f.Path, f => Convert.ToBase64String(f.Content.Span)), StringComparer.Ordinal);
}
