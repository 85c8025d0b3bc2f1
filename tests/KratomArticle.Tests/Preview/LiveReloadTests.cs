using System.Net;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>Saves while the preview runs: the open pages are told to reload, or shown the errors, and the served site follows.</summary>
public sealed partial class LiveReloadTests : IAsyncLifetime
{
    private const string SectionFile = "02-mechanisms-and-evidence.md";
    private const string SectionId = "kratoms-impact-on-impulse-control-mechanisms-and-evidence";

    /// <summary>The issue's bound for a save to reach the open pages.</summary>
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    private readonly TestSite _site = TestSite.WithRealContent();
    private TestPreview _preview = null!;
    private LiveReloadClient _page = null!;
    private string _servedBuild = "";

    private string SectionPath => Path.Combine(_site.ContentDirectory, SectionFile);

    public async ValueTask InitializeAsync()
    {
        _preview = await TestPreview.StartAsync(_site);
        _page = await _preview.ConnectAsync();
        var hello = await _page.NextAsync(Generous);
        Assert.Equal("hello", hello.Type);
        _servedBuild = hello.Build;
    }

    public async ValueTask DisposeAsync()
    {
        await _page.DisposeAsync();
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_save_reloads_the_open_pages_within_2_seconds_at_the_saved_section_and_the_served_page_changes()
    {
        File.WriteAllText(SectionPath, File.ReadAllText(SectionPath).Replace("has garnered attention", "has drawn attention", StringComparison.Ordinal));

        // Written in place, the file is empty for a moment; on a busy machine a rebuild may catch it so and report errors first.
        var reload = await _page.WaitForAsync("reload", Soon);

        Assert.Equal("reload", reload.Type);
        Assert.NotEqual(_servedBuild, reload.Build);
        Assert.Equal("/", reload.Page);
        Assert.Equal(SectionId, reload.Section);
        var html = await _preview.GetPageAsync();
        Assert.Contains("has drawn attention", html);
        Assert.Contains($"data-build=\"{reload.Build}\"", html);
        var line = await _preview.WaitForOutputAsync(l => l.Contains(" changed: ", StringComparison.Ordinal), Generous);
        Assert.Matches(RebuildLine(), line);
    }

    [Fact]
    public async Task Malformed_yaml_shows_its_file_and_line_while_the_last_good_page_is_served_and_the_fix_clears_it()
    {
        var good = File.ReadAllText(SectionPath);
        SaveAtomically(SectionPath, good.Replace("title: \"", "title: [\"", StringComparison.Ordinal));

        var failed = await _page.NextAsync(Soon);

        Assert.Equal("errors", failed.Type);
        Assert.Equal(_servedBuild, failed.Build);
        var error = Assert.Single(failed.Errors!);
        Assert.Equal($"content/{SectionFile}(2,8): error KA0101: The list opened here is never closed with ']'.", error);
        Assert.Contains("has garnered attention", await _preview.GetPageAsync());
        Assert.Equal(error, await _preview.WaitForOutputAsync(l => l.Contains("KA0101", StringComparison.Ordinal), Generous));
        Assert.Matches(@$"^content/{Regex.Escape(SectionFile)} changed: the build failed with 1 error, 0 warnings in \d+ ms; still serving the last good build\.$",
            await _preview.WaitForOutputAsync(l => l.Contains("build failed", StringComparison.Ordinal), Generous));
        await using (var opened = await _preview.ConnectAsync())
        {
            Assert.Equal("hello", (await opened.NextAsync(Generous)).Type);
            Assert.Equal(failed.Errors, (await opened.NextAsync(Generous)).Errors);
        }

        SaveAtomically(SectionPath, good);

        var reload = await _page.NextAsync(Soon);
        Assert.Equal("reload", reload.Type);
        await using var fixedPage = await _preview.ConnectAsync();
        Assert.Equal(reload.Build, (await fixedPage.NextAsync(Generous)).Build);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixedPage.NextAsync(TimeSpan.FromMilliseconds(300)));
    }

    [Fact]
    public async Task A_theme_stylesheet_saved_in_the_site_root_reloads_the_pages_with_it_and_its_removal_restores_the_themes()
    {
        var shipped = await ServedStylesheetAsync();
        Assert.False(Directory.Exists(Path.Combine(_site.Root, "themes")));

        // The overlay folder does not exist when the preview starts: it is made by this save.
        _site.WriteThemeFile("site.css", shipped + "\n.edited-in-test { color: red; }\n");
        Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
        Assert.Contains(".edited-in-test", await ServedStylesheetAsync());

        File.AppendAllText(Path.Combine(_site.ThemeOverlayDirectory, "site.css"), "\n.edited-again { color: blue; }\n");
        Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
        Assert.Contains(".edited-again", await ServedStylesheetAsync());

        Directory.Delete(Path.Combine(_site.Root, "themes"), recursive: true);
        Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
        Assert.Equal(shipped, await ServedStylesheetAsync());
    }

    [Fact]
    public async Task The_themes_folder_moved_out_of_the_site_root_and_back_takes_its_stylesheet_away_and_back()
    {
        var shipped = await ServedStylesheetAsync();
        _site.WriteThemeFile("site.css", shipped + "\n.overlaid-in-test { color: red; }\n");
        Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
        var themes = Path.Combine(_site.Root, "themes");
        var away = Path.Combine(Path.GetTempPath(), $"kratom-themes-away-{Guid.NewGuid():N}");
        try
        {
            // Neither the overlay folder nor its parent changes: only the site root sees themes/ go.
            Directory.Move(themes, away);
            Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
            Assert.Equal(shipped, await ServedStylesheetAsync());

            Directory.Move(away, themes);
            Assert.Equal("reload", (await _page.NextAsync(Soon)).Type);
            Assert.Contains(".overlaid-in-test", await ServedStylesheetAsync());
        }
        finally
        {
            if (Directory.Exists(away))
            {
                Directory.Delete(away, recursive: true);
            }
        }
    }

    private async Task<string> ServedStylesheetAsync() =>
        await _preview.GetPageAsync("/" + Stylesheet().Match(await _preview.GetPageAsync()).Groups[1].Value);

    [Fact]
    public async Task A_site_yml_save_rebuilds_every_page_without_a_restart()
    {
        var settings = Path.Combine(_site.ContentDirectory, "site.yml");
        SaveAtomically(settings, File.ReadAllText(settings).Replace("title: Kratom and Impulse Control", "title: Renamed Site", StringComparison.Ordinal));

        var reload = await _page.NextAsync(Soon);

        Assert.Equal("reload", reload.Type);
        Assert.Null(reload.Section);
        Assert.Contains("Renamed Site", await _preview.GetPageAsync());
        using var notFound = await _preview.Http.GetAsync("/missing", TestContext.Current.CancellationToken);
        Assert.Contains("Renamed Site", await notFound.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_new_page_a_renamed_page_and_a_deleted_section_are_served_without_a_restart()
    {
        var about = Path.Combine(_site.ContentDirectory, "about.md");
        File.WriteAllText(about, "---\ntitle: About us\ndescription: Who writes this.\n---\nThe editorial team.\n");
        await WaitForReloadAsync();
        Assert.Contains("The editorial team.", await _preview.GetPageAsync("/about/"));

        File.Move(about, Path.Combine(_site.ContentDirectory, "team.md"));
        await WaitForReloadAsync();
        Assert.Contains("The editorial team.", await _preview.GetPageAsync("/team/"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusOfAsync("/about/"));

        Assert.Contains("Integrating Kratom into a Holistic Approach", await _preview.GetPageAsync());
        File.Delete(Path.Combine(_site.ContentDirectory, "03-holistic-approach.md"));
        await WaitForReloadAsync();
        Assert.DoesNotContain("Integrating Kratom into a Holistic Approach", await _preview.GetPageAsync());
    }

    [Fact]
    public async Task An_editors_burst_of_temporary_files_renames_and_double_saves_is_one_rebuild()
    {
        var text = File.ReadAllText(SectionPath).Replace("has garnered attention", "has drawn attention", StringComparison.Ordinal);
        var probe = Path.Combine(_site.ContentDirectory, "4913");
        var backup = SectionPath + "~";
        var swap = Path.Combine(_site.ContentDirectory, "." + SectionFile + ".swp");

        // What a careful editor does on save: probe the folder, keep a backup, write the file anew, tidy up, save again.
        File.WriteAllText(swap, "swap");
        File.WriteAllText(probe, "");
        File.Delete(probe);
        File.Move(SectionPath, backup);
        File.WriteAllText(SectionPath, text);
        File.Delete(backup);
        File.WriteAllText(SectionPath, text);
        File.Delete(swap);

        await _page.WaitForAsync("reload", Soon);
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        Assert.Contains("has drawn attention", await _preview.GetPageAsync());
        var rebuilds = _preview.Out.Split('\n').Count(l => l.Contains(" changed: ", StringComparison.Ordinal));
        // One rebuild; a second only if this machine stalled between two of the writes for longer than the watcher's quiet period.
        Assert.InRange(rebuilds, 1, 2);
        Assert.Matches(RebuildLine(), _preview.Out.Split('\n').First(l => l.Contains(" changed: ", StringComparison.Ordinal)));
    }

    /// <summary>Saves as editors that write a temporary file and rename it over the original do: the preview never sees the file half-written.</summary>
    private void SaveAtomically(string path, string text)
    {
        var temporary = Path.Combine(_site.Root, Path.GetRandomFileName());
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex(@"^content/02-mechanisms-and-evidence\.md changed: 1 page re-rendered in \d+ ms\.$")]
    private static partial Regex RebuildLine();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();

    private async Task WaitForReloadAsync() => Assert.Equal("reload", (await _page.WaitForAsync("reload", Soon)).Type);

    private async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        using var response = await _preview.Http.GetAsync(path, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
