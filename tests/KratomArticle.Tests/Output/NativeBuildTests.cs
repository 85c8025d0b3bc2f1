using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>
/// The NativeAOT executable is a tool on its own: copied alone to an empty folder and run from another one, it builds
/// a root that holds only content/ to the same bytes as the managed build of this repository's root, and starts a new site.
/// </summary>
[Collection(NativeToolchain.Collection)]
public sealed class NativeBuildTests : IDisposable
{
    private readonly TestSite _native = TestSite.WithRealContent();
    private readonly TestSite _managed = TestSite.WithRealContent();
    private readonly DirectoryInfo _publish = Directory.CreateTempSubdirectory("kratom-native-");
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("kratom-elsewhere-");

    public void Dispose()
    {
        _native.Dispose();
        _managed.Dispose();
        _publish.Delete(recursive: true);
        _elsewhere.Delete(recursive: true);
    }

    [Fact]
    public async Task The_executable_alone_builds_a_root_of_only_content_to_the_bytes_of_the_repositorys_own_build()
    {
        var executable = await ExecutableAlone();
        Assert.False(Directory.Exists(Path.Combine(_native.Root, "themes")));

        Assert.Equal(0, await RunAsync(executable, _elsewhere.FullName, "build", "--root", _native.Root));

        // As in this repository's root, the managed build reads the theme's files from themes/Default/wwwroot.
        _managed.CopyThemeFiles();
        Assert.Equal(0, CliRun.Start(_managed.Root, "build").ExitCode);
        var expected = _managed.Snapshot();
        var actual = _native.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value, actual[file.Key]));
    }

    [Fact]
    public async Task The_executable_alone_minifies_a_sites_own_stylesheet_and_script_to_the_bytes_of_the_managed_build()
    {
        // NUglify, which minifies them, reports trim warnings when it is compiled ahead of time (see the project file).
        foreach (var site in new[] { _native, _managed })
        {
            site.WriteThemeFile("site.css", "body {\n  color: teal;  /* the site's own */\n  margin: 0px 0px;\n}\n");
            site.WriteThemeFile("extra.js", "function greet(name) {\n  var message = 'hello ' + name;\n  console.log(message);\n}\ngreet('reader');\n");
        }

        var executable = await ExecutableAlone();
        Assert.Equal(0, await RunAsync(executable, _elsewhere.FullName, "build", "--root", _native.Root));
        Assert.Equal(0, CliRun.Start(_managed.Root, "build").ExitCode);

        var expected = _managed.Snapshot();
        var actual = _native.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value, actual[file.Key]));
        Assert.Contains(actual, file => file.Key.StartsWith("extra.", StringComparison.Ordinal) && file.Value.SequenceEqual("function greet(n){var t=\"hello \"+n;console.log(t)}greet(\"reader\")"u8.ToArray()));
        Assert.Contains(actual, file => file.Key.StartsWith("site.", StringComparison.Ordinal) && file.Key.EndsWith(".css", StringComparison.Ordinal)
            && file.Value.SequenceEqual("body{color:#008080;margin:0 0}"u8.ToArray()));
    }

    [Fact]
    public async Task The_executable_alone_starts_checks_and_builds_a_new_site()
    {
        var executable = await ExecutableAlone();
        var site = Path.Combine(_elsewhere.FullName, "new-site");
        Directory.CreateDirectory(site);

        Assert.Equal(0, await RunAsync(executable, site, "init"));
        Assert.Equal(0, await RunAsync(executable, site, "check"));
        Assert.Equal(0, await RunAsync(executable, site, "build"));
        Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
        Assert.Single(Directory.GetFiles(Path.Combine(site, "output"), "site.*.css"));
    }

    /// <summary>The published executable copied alone into a folder of its own, after checking the publish put no theme files beside it.</summary>
    private async Task<string> ExecutableAlone()
    {
        var published = await NativeExecutable();
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(published)!, "wwwroot")), "The theme's files are embedded; the publish folder needs no wwwroot/.");
        var alone = Path.Combine(_publish.FullName, "alone", "kratom");
        Directory.CreateDirectory(Path.GetDirectoryName(alone)!);
        File.Copy(published, alone);
        return alone;
    }

    private static async Task<int> RunAsync(string executable, string workingDirectory, params string[] args)
    {
        var run = await ExternalProcess.RunAsync(executable, workingDirectory, null, args, TestContext.Current.CancellationToken);
        Assert.True(run.ExitCode == 0, $"kratom {string.Join(' ', args)}: {run.Error}");
        return run.ExitCode;
    }

    /// <summary>The executable CI published (<c>KRATOM_NATIVE</c>), or one published now; publishing needs clang, as NativeAOT does.</summary>
    private async Task<string> NativeExecutable()
    {
        if (Environment.GetEnvironmentVariable("KRATOM_NATIVE") is { Length: > 0 } prebuilt)
        {
            return prebuilt;
        }

        NativeToolchain.RequireClang();
        var project = Path.Combine(RepositoryPaths.Root, "src", "KratomArticle");
        var publish = await ExternalProcess.RunAsync("dotnet", RepositoryPaths.Root, null, ["publish", project, "-c", "Release", "-o", _publish.FullName, "-nologo"], TestContext.Current.CancellationToken);
        Assert.True(publish.ExitCode == 0, publish.Out);
        return Path.Combine(_publish.FullName, "kratom");
    }
}
