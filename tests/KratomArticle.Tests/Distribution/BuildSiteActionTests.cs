using System.Runtime.Versioning;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Distribution;

/// <summary>
/// The build-site action's script (.github/actions/build-site/build-site.sh), run as the action runs it: from the
/// workspace, with the inputs as INPUT_* variables, and the kratom input naming the kratom the tests were built with.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class BuildSiteActionTests : IDisposable
{
    private const string BaseUrl = "https://example.org/docs/";

    private static readonly string Script = Path.Combine(RepositoryPaths.Root, ".github", "actions", "build-site", "build-site.sh");

    private readonly DirectoryInfo _workspace = Directory.CreateTempSubdirectory("kratom-workspace-");

    public BuildSiteActionTests()
    {
        // The kratom input must be one executable file: this one runs the managed build.
        var kratom = Path.Combine(_workspace.FullName, "kratom");
        File.WriteAllText(kratom, $"#!/bin/sh\nexec dotnet '{KratomProcess.AppPath}' \"$@\"\n");
        File.SetUnixFileMode(kratom, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    public void Dispose() => _workspace.Delete(recursive: true);

    [Fact]
    public async Task The_script_builds_a_copy_of_content_to_the_files_kratom_build_writes()
    {
        using var site = TestSite.WithRealContent();

        var run = await RunScriptAsync(site);

        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        Assert.Equal(0, CliRun.Start(site.Root, "build", "--base-url", BaseUrl).ExitCode);
        var expected = site.Snapshot();
        var actual = site.Snapshot(Path.Combine(_workspace.FullName, "public"));
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.Equal(file.Value, actual[file.Key]));
        var outputs = await File.ReadAllLinesAsync(Path.Combine(_workspace.FullName, "github-output"), TestContext.Current.CancellationToken);
        Assert.Contains($"path={Path.Combine(_workspace.FullName, "public")}", outputs);
        Assert.Contains(outputs, line => line.StartsWith("kratom-version=", StringComparison.Ordinal) && line.Length > "kratom-version=".Length);
    }

    [Fact]
    public async Task Errors_in_the_content_fail_the_check_and_nothing_is_built()
    {
        using var site = TestSite.Empty();
        site.Write("index.md", "---\ndescription: A page without a title.\n---\nText.\n");

        var run = await RunScriptAsync(site);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("index.md(2,1): error KA0102", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_workspace.FullName, "public")));
    }

    [Fact]
    public async Task A_kratom_input_that_is_not_an_executable_is_an_error_that_names_it()
    {
        using var site = TestSite.Empty();

        var run = await RunScriptAsync(site, kratom: "missing/kratom");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("::error title=build-site::The kratom input missing/kratom is not an executable file.", run.Error, StringComparison.Ordinal);
    }

    /// <summary>Runs the script in the workspace with the root given relative to it, as a workflow would write it.</summary>
    private Task<CliRun> RunScriptAsync(TestSite site, string kratom = "kratom") =>
        ExternalProcess.RunAsync(
            "bash",
            _workspace.FullName,
            new Dictionary<string, string>
            {
                ["INPUT_ROOT"] = Path.GetRelativePath(_workspace.FullName, site.Root),
                ["INPUT_OUTPUT"] = "public",
                ["INPUT_BASE_URL"] = BaseUrl,
                ["INPUT_VERSION"] = "",
                ["INPUT_KRATOM"] = kratom,
                ["GITHUB_OUTPUT"] = Path.Combine(_workspace.FullName, "github-output"),
                // The problems in their plain form, even when the tests themselves run in GitHub Actions.
                ["GITHUB_ACTIONS"] = "",
            },
            [Script],
            TestContext.Current.CancellationToken);
}
