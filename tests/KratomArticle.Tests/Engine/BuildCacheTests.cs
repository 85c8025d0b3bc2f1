using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Rendering;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Engine;

/// <summary>Rebuilds that reuse earlier results, as the preview's do: only changed work is redone, and the result is a full build's.</summary>
public sealed class BuildCacheTests : IDisposable
{
    private const string Section = "02-mechanisms-and-evidence.md";

    private readonly TestSite _site = TestSite.WithRealContent();
    private readonly BuildCache _cache = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void After_every_kind_of_edit_a_rebuild_from_the_cache_gives_a_full_builds_files_and_diagnostics_byte_for_byte()
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
            ("site.yml", () => Replace(ContentFile.SiteSettingsFileName, "title: Kratom and Impulse Control", "title: Kratom, Impulses and Control")),
            ("an image", () => Save("images/dot.png", "not really a PNG")),
            ("a copy of the theme's files in the root", _site.CopyThemeFiles),
            ("the theme's stylesheet", () => File.AppendAllText(ThemeStylesheet, "\n.edited { color: red; }\n")),
            ("a file added to the theme's", () => _site.WriteThemeFile("extra/notes.txt", "added")),
            ("the root's theme files removed", () => Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true)),
            ("nothing, again", () => { }),
        };

        SiteBuilder.Build(_site, cache: _cache);
        foreach (var (what, edit) in edits)
        {
            edit();
            var (incremental, incrementalContext) = SiteBuilder.Build(_site, cache: _cache);
            var (full, fullContext) = SiteBuilder.Build(_site);

            Assert.True(fullContext.Diagnostics.SequenceEqual(incrementalContext.Diagnostics), $"The diagnostics differ after {what}.");
            Assert.Equal(Snapshot(full), Snapshot(incremental));
        }
    }

    [Fact]
    public void A_rebuild_reads_parses_and_renders_only_what_changed_and_a_site_yml_change_re_renders_every_page()
    {
        Save("about.md", "---\ntitle: About\ndescription: Who writes this.\n---\nThe editorial team.\n");
        Assert.Equal((6, 2), Work());

        Assert.Equal((0, 0), Work());

        Replace("about.md", "editorial team", "editors");
        Assert.Equal((1, 1), Work());

        Replace(Section, "has garnered attention", "has drawn attention");
        Assert.Equal((1, 1), Work());

        Replace(ContentFile.SiteSettingsFileName, "language: en", "language: en-GB");
        Assert.Equal((0, 2), Work());

        _site.CopyThemeFiles();
        Assert.Equal((0, 0), Work());

        File.AppendAllText(ThemeStylesheet, "\n.edited { color: red; }\n");
        Assert.Equal((0, 2), Work());
    }

    private string ThemeStylesheet => Path.Combine(_site.ThemeOverlayDirectory, "site.css");

    /// <summary>How many files were parsed and pages rendered through the theme by a rebuild.</summary>
    private (int Parsed, int Rendered) Work()
    {
        var (build, context) = SiteBuilder.Build(_site, cache: _cache);
        Assert.True(build.Succeeded);
        return (context.ComputedCount(nameof(ParseMarkdownFiles)), context.ComputedCount(nameof(RenderTheme)));
    }

    private void Replace(string file, string text, string replacement)
    {
        var path = Path.Combine(_site.ContentDirectory, file);
        var before = File.ReadAllText(path);
        Assert.Contains(text, before);
        Save(file, before.Replace(text, replacement, StringComparison.Ordinal));
    }

    /// <summary>Writes a content file and, as the preview's watcher does, tells the cache it changed.</summary>
    private void Save(string file, string text)
    {
        _site.Write(file, text);
        _cache.Forget(file);
    }

    private void Delete(string file)
    {
        File.Delete(Path.Combine(_site.ContentDirectory, file));
        _cache.Forget(file);
    }

    private static SortedDictionary<string, string> Snapshot(SiteBuild build) =>
        new(build.Files.ToDictionary(f => f.Path, f => Convert.ToBase64String(f.Content.Span)), StringComparer.Ordinal);
}
