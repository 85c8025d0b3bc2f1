using KratomArticle.Testing;

namespace KratomArticle.Tests.Distribution;

/// <summary>The version comes from git tags: a clone of this repository tagged v9.8.7 builds a kratom that says so, with the commit.</summary>
public sealed class VersionTests : IDisposable
{
    private readonly DirectoryInfo _clone = Directory.CreateTempSubdirectory("kratom-clone-");

    public void Dispose() => _clone.Delete(recursive: true);

    [Fact]
    public async Task Kratom_version_prints_the_tags_version_and_the_commit()
    {
        var repository = _clone.FullName;
        await RunAsync("git", RepositoryPaths.Root, "clone", "--quiet", RepositoryPaths.Root, repository);
        await RunAsync("git", repository, "tag", "v9.8.7");
        var commit = (await RunAsync("git", repository, "rev-parse", "HEAD")).Trim();

        // The version is all this build is for: analyzers and style checks are left out to keep it short.
        var project = Path.Combine(repository, "src", "KratomArticle");
        await RunAsync("dotnet", repository, "build", project, "-nologo", "-v", "q", "-p:RunAnalyzers=false", "-p:EnforceCodeStyleInBuild=false");
        var printed = await RunAsync("dotnet", repository, Path.Combine(project, "bin", "Debug", "net10.0", "kratom.dll"), "--version");

        Assert.Equal($"9.8.7+{commit}", printed.Trim());
    }

    private static Task<string> RunAsync(string fileName, string workingDirectory, params string[] args) =>
        ExternalProcess.OutputAsync(fileName, workingDirectory, args, TestContext.Current.CancellationToken);
}
