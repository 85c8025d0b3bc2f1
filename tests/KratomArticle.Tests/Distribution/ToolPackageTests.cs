using KratomArticle.Testing;
using KratomArticle.Tests.Output;

namespace KratomArticle.Tests.Distribution;

/// <summary>
/// The tool package as a new user gets it: packed (the top-level, <c>any</c> and NativeAOT linux-x64 packages), installed
/// from the local folder with <c>dotnet tool install</c>, and run to start, check and build a new site.
/// </summary>
[Collection(NativeToolchain.Collection)]
public sealed class ToolPackageTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("kratom-tool-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task The_installed_kratom_is_the_native_executable_and_starts_checks_and_builds_a_new_site()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.X64, "The native tool package is packed for linux-x64.");
        NativeToolchain.RequireClang();
        var packages = Path.Combine(_work.FullName, "packages");
        var version = await PackAsync(packages);

        // Only the packed folder is a source: nothing is looked up elsewhere, and the packages are installed into the
        // tool path's own store, not the machine's NuGet cache.
        var config = Path.Combine(_work.FullName, "nuget.config");
        await File.WriteAllTextAsync(config, "<configuration><packageSources><clear /></packageSources></configuration>", TestContext.Current.CancellationToken);
        var tools = Path.Combine(_work.FullName, "tools");
        await RunAsync("dotnet", _work.FullName, "tool", "install", "--tool-path", tools, "--configfile", config, "--add-source", packages, "KratomArticle", "--version", version);

        var installed = new FileInfo(Path.Combine(tools, "kratom")).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? Path.Combine(tools, "kratom");
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(installed)!, "*.dll"));
        Assert.Equal("\u007fELF"u8.ToArray(), File.ReadAllBytes(installed)[..4]);

        var site = Directory.CreateDirectory(Path.Combine(_work.FullName, "new-site")).FullName;
        var kratom = Path.Combine(tools, "kratom");
        Assert.StartsWith(version + "+", (await RunAsync(kratom, site, "--version")).Trim(), StringComparison.Ordinal);
        await RunAsync(kratom, site, "init");
        await RunAsync(kratom, site, "check");
        await RunAsync(kratom, site, "build");
        Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
    }

    /// <summary>Packs the three packages into <paramref name="packages"/> and returns their version (MinVer's, from the repository's tags).</summary>
    private async Task<string> PackAsync(string packages)
    {
        var project = Path.Combine(RepositoryPaths.Root, "src", "KratomArticle");
        // The top-level package holds no implementation, only the names of the RID packages: it needs no build.
        await RunAsync("dotnet", _work.FullName, "pack", project, "-c", "Release", "-o", packages, "--no-build", "-nologo");
        var topLevel = Path.GetFileName(Assert.Single(Directory.GetFiles(packages, "KratomArticle.*.nupkg")));
        var version = topLevel["KratomArticle.".Length..^".nupkg".Length];

        // The same version for all three, even if a commit lands meanwhile. linux-x64 is compiled as CI's
        // `dotnet publish -c Release` compiled it, so after that publish it is not compiled again.
        var sameVersion = $"-p:MinVerVersionOverride={version}";
        await RunAsync("dotnet", _work.FullName, "pack", project, "-c", "Release", "-r", "any", "-o", packages, sameVersion, "-nologo");
        await RunAsync("dotnet", _work.FullName, "pack", project, "-c", "Release", "-r", "linux-x64", "-o", packages, sameVersion, "-nologo");

        Assert.Equal(
            new[] { topLevel, $"KratomArticle.any.{version}.nupkg", $"KratomArticle.linux-x64.{version}.nupkg" }.Order(),
            Directory.GetFiles(packages, "*.nupkg").Select(Path.GetFileName).Order());
        return version;
    }

    private static Task<string> RunAsync(string fileName, string workingDirectory, params string[] args) =>
        ExternalProcess.OutputAsync(fileName, workingDirectory, args, TestContext.Current.CancellationToken);
}
