using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>
/// The NativeAOT executable is a tool on its own: copied alone to an empty folder and run from another one, it builds
/// a root that holds only content/ to the same bytes as the managed build of this repository's root, and starts a new site.
/// </summary>
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
        using var process = Process.Start(new ProcessStartInfo(executable, args) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"kratom {string.Join(' ', args)}: {await error}");
        return process.ExitCode;
    }

    /// <summary>The executable CI published (<c>KRATOM_NATIVE</c>), or one published now; publishing needs clang, as NativeAOT does.</summary>
    private async Task<string> NativeExecutable()
    {
        if (Environment.GetEnvironmentVariable("KRATOM_NATIVE") is { Length: > 0 } prebuilt)
        {
            return prebuilt;
        }

        // NativeAOT links with clang. Without it a developer's run skips this test and says why; CI installs it, so there it fails.
        var clangMissing = !Environment.GetEnvironmentVariable("PATH")!.Split(':').Any(dir => File.Exists(Path.Combine(dir, "clang")));
        Assert.False(clangMissing && Environment.GetEnvironmentVariable("CI") == "true", "CI must install clang to publish the native executable.");
        Assert.SkipWhen(clangMissing, "No clang on PATH: NativeAOT needs it to publish the native executable (apt-get install clang; .ci/run does).");

        var project = Path.Combine(RepositoryPaths.Root, "src", "KratomArticle");
        using var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", "Release", "-o", _publish.FullName, "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = publish.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await publish.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(publish.ExitCode == 0, await output);
        return Path.Combine(_publish.FullName, "kratom");
    }
}
