using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>The NativeAOT executable builds the same site, byte for byte, as <c>dotnet run</c>.</summary>
public sealed class NativeBuildTests : IDisposable
{
    private readonly TestSite _native = TestSite.WithRealContent();
    private readonly TestSite _managed = TestSite.WithRealContent();
    private readonly DirectoryInfo _publish = Directory.CreateTempSubdirectory("kratom-native-");

    public void Dispose()
    {
        _native.Dispose();
        _managed.Dispose();
        _publish.Delete(recursive: true);
    }

    [Fact]
    public async Task The_native_executable_writes_the_same_bytes_as_the_managed_build()
    {
        var executable = await NativeExecutable();

        using (var native = Process.Start(new ProcessStartInfo(executable, ["build"]) { WorkingDirectory = _native.Root, RedirectStandardOutput = true })!)
        {
            await native.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, native.ExitCode);
        }

        Assert.Equal(0, CliRun.Start(_managed.Root, "build").ExitCode);
        var expected = _managed.Snapshot();
        var actual = _native.Snapshot();
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value, actual[file.Key]));
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
