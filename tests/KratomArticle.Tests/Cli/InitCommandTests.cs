using KratomArticle.Testing;

namespace KratomArticle.Tests.Cli;

/// <summary><c>kratom init</c> starts a site that builds and checks clean, and never overwrites a file.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kratom-init-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Init_then_check_then_build_all_succeed_without_a_warning_in_an_empty_folder()
    {
        var init = CliRun.Start(_folder, "init");

        Assert.Equal(0, init.ExitCode);
        Assert.Equal(
            [".gitignore", "content/01-first-section.md", "content/index.md", "content/site.yml"],
            Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.Contains("  content/index.md", init.Out.Split('\n').Select(l => l.TrimEnd()));
        Assert.Contains("kratom preview", init.Out);
        Assert.Contains("kratom build", init.Out);
        Assert.Equal("output/\n", File.ReadAllText(Path.Combine(_folder, ".gitignore")));

        var check = CliRun.Start(_folder, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Equal("", check.Error);

        var build = CliRun.Start(_folder, "build");
        Assert.Equal(0, build.ExitCode);
        Assert.Equal("", build.Error);
        var page = File.ReadAllText(Path.Combine(_folder, "output", "index.html"));
        Assert.Contains("<h2 id=\"the-first-section\"", page);
        Assert.Contains("href=\"#a-subheading\"", page);
    }

    [Fact]
    public void Init_into_a_folder_that_does_not_exist_makes_it_and_names_it_in_the_next_commands()
    {
        var init = CliRun.Start(_folder, "init", "my site");

        Assert.Equal(0, init.ExitCode);
        Assert.True(File.Exists(Path.Combine(_folder, "my site", "content", "site.yml")));
        Assert.Contains("kratom build --root \"my site\"", init.Out);
        Assert.Equal(0, CliRun.Start(_folder, "build", "--root", "my site").ExitCode);
    }

    [Fact]
    public void Init_over_an_existing_site_exits_2_names_the_file_and_changes_nothing()
    {
        var existing = Path.Combine(_folder, "content", "index.md");
        Directory.CreateDirectory(Path.GetDirectoryName(existing)!);
        File.WriteAllText(existing, "my own article");

        var init = CliRun.Start(_folder, "init");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains(existing, init.Error);
        Assert.Equal("my own article", File.ReadAllText(existing));
        Assert.Equal([existing], Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Init_is_documented_in_help()
    {
        var help = CliRun.Start(_folder, "init", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("DIR", help.Out);
        Assert.Contains("Overwrites nothing", help.Out);
        Assert.Contains("init", CliRun.Start(_folder, "--help").Out);
    }
}
