using KratomArticle.Testing;

namespace KratomArticle.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_failing_build_lists_its_errors_exits_1_and_leaves_the_previous_output_byte_identical()
    {
        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);
        var before = _site.Snapshot();

        _site.Write("02-mechanisms-and-evidence.md", "---\ntitle: [broken\n---\nText\n");
        _site.Write("index.md", File.ReadAllText(Path.Combine(_site.ContentDirectory, "index.md")).Replace("published: 2026-11-25", "published: soon"));
        var failed = CliRun.Start(_site.Root, "build");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains(failed.ErrorLines, l => l == "content/02-mechanisms-and-evidence.md(2,8): error KA0101: The list opened here is never closed with ']'.");
        Assert.Contains(failed.ErrorLines, l => l.StartsWith("content/index.md(", StringComparison.Ordinal) && l.Contains("error KA0104"));
        Assert.Contains("The output folder was not changed.", failed.Error);
        var after = _site.Snapshot();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void A_rebuild_replaces_the_output_and_leaves_no_staging_folders()
    {
        File.WriteAllText(Path.Combine(_site.Root, "stale.txt"), "not ours");
        Directory.CreateDirectory(_site.OutputDirectory);
        File.WriteAllText(Path.Combine(_site.OutputDirectory, "stale.html"), "old");

        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);

        Assert.False(File.Exists(Path.Combine(_site.OutputDirectory, "stale.html")));
        Assert.True(File.Exists(Path.Combine(_site.OutputDirectory, "index.html")));
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void A_build_never_writes_into_content_or_themes()
    {
        _site.CopyThemeFiles();
        var content = _site.Snapshot(_site.ContentDirectory);
        var themes = _site.Snapshot(Path.Combine(_site.Root, "themes"));

        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);

        Assert.Equivalent(content, _site.Snapshot(_site.ContentDirectory), strict: true);
        Assert.Equivalent(themes, _site.Snapshot(Path.Combine(_site.Root, "themes")), strict: true);
    }

    [Fact]
    public void No_command_means_build_and_the_root_is_found_from_a_subfolder()
    {
        var subfolder = Path.Combine(_site.Root, "content", "deeper");
        Directory.CreateDirectory(subfolder);

        var run = CliRun.Start(subfolder);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_site.OutputDirectory, "index.html")));
    }

    [Fact]
    public void Options_set_the_content_output_and_base_url()
    {
        var output = Path.Combine(_site.Root, "public");

        var run = CliRun.Start(Path.GetTempPath(), "build", "--root", _site.Root, "--content", _site.ContentDirectory, "--output", output, "--base-url", "https://example.com/sub", "--verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("RenderTheme:", run.Out);
        Assert.Contains("<loc>https://example.com/sub/</loc>", File.ReadAllText(Path.Combine(output, "sitemap.xml")));
        Assert.Contains("href=\"https://example.com/sub/\"", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        _site.Write("05-draft.md", "---\ntitle: Work in progress\ndraft: true\n---\nUnfinished.\n");

        CliRun.Start(_site.Root, "build");
        Assert.DoesNotContain("Work in progress", _site.ReadOutput("index.html"));

        CliRun.Start(_site.Root, "build", "--drafts");
        Assert.Contains("Work in progress", _site.ReadOutput("index.html"));
    }

    [Theory]
    [InlineData(".")]
    [InlineData("content")]
    [InlineData("content/out")]
    [InlineData("themes")]
    [InlineData("src")]
    [InlineData("..")]
    [InlineData("/")]
    public void Dangerous_output_folders_are_refused_with_exit_2(string output)
    {
        var run = CliRun.Start(_site.Root, "build", "--output", output);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Refusing to build:", run.Error);
        Assert.True(Directory.Exists(_site.ContentDirectory));
        Assert.True(File.Exists(Path.Combine(_site.ContentDirectory, "index.md")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("unknown-command")]
    [InlineData("build", "--base-url", "not a url")]
    [InlineData("build", "--content", "missing-folder")]
    public void Usage_errors_exit_2_with_a_message(params string[] args)
    {
        var run = CliRun.Start(_site.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    public void Help_lists_the_options(params string[] args)
    {
        var run = CliRun.Start(_site.Root, args);

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--root", "--content", "--output", "--base-url", "--drafts", "--verbose" })
        {
            Assert.Contains(option, run.Out);
        }
    }

    [Fact]
    public void Outside_any_site_the_error_says_how_to_name_one()
    {
        var empty = Directory.CreateTempSubdirectory("kratom-nosite-");
        try
        {
            var run = CliRun.Start(empty.FullName, "build");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--root", run.Error);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }
}
