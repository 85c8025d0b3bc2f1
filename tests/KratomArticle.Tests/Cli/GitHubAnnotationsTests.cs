using KratomArticle.Reporting;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Cli;

/// <summary>In GitHub Actions each problem is also a workflow command, which GitHub shows on the Markdown line; elsewhere nothing changes.</summary>
public sealed class GitHubAnnotationsTests : IDisposable
{
    private readonly TestSite _site = TestSite.Empty();

    public GitHubAnnotationsTests()
    {
        _site.Write("index.md", "---\ntitle: Home\ndescription: d\npublished: soon\nsubtitle: x\n---\nSee [the guide](missing.md).\n");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    public void With_GITHUB_ACTIONS_each_diagnostic_is_also_a_workflow_command_at_its_line(string command)
    {
        var run = CliRun.StartWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, _site.Root, command);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [
                "::error file=content/index.md,line=4,col=12,title=KA0104::'published' must be a date written as YYYY-MM-DD, not 'soon'.",
                "::warning file=content/index.md,line=5,col=1,title=KA0105::Unknown key 'subtitle' is ignored (known keys: title, description, author, published, updated, reviewed, disclaimer, references, reviewed-by, next-review, draft, image, image-alt).",
            ],
            run.OutLines.Where(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Contains("content/index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not 'soon'.", run.ErrorLines);
        Assert.DoesNotContain(run.ErrorLines, l => l.StartsWith("::", StringComparison.Ordinal));
    }

    [Fact]
    public void Paths_are_relative_to_GITHUB_WORKSPACE_whatever_folder_the_command_runs_in()
    {
        var workspace = Path.GetDirectoryName(_site.Root)!;
        var environment = new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKSPACE"] = workspace };

        var run = CliRun.StartWith(environment, _site.ContentDirectory, "build");

        var siteFolder = Path.GetFileName(_site.Root);
        Assert.Contains(run.OutLines, l => l.StartsWith($"::error file={siteFolder}/content/index.md,line=4,col=12,", StringComparison.Ordinal));
        Assert.Contains("index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not 'soon'.", run.ErrorLines);
    }

    [Fact]
    public void Without_GITHUB_WORKSPACE_paths_are_relative_to_the_current_folder()
    {
        var run = CliRun.StartWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, _site.ContentDirectory, "check");

        Assert.Contains(run.OutLines, l => l.StartsWith("::error file=index.md,line=4,col=12,title=KA0104::", StringComparison.Ordinal));
    }

    [Fact]
    public void Messages_and_properties_are_escaped_as_GitHub_requires()
    {
        _site.Write("a,b:c.md", "---\ntitle: Odd name\ndescription: d\npublished: \"100%, then\\nsoon\"\n---\nText.\n");

        var run = CliRun.StartWith(new Dictionary<string, string> { ["GITHUB_ACTIONS"] = "true" }, _site.Root, "check");

        Assert.Contains(
            "::error file=content/a%2Cb%3Ac.md,line=4,col=12,title=KA0104::'published' must be a date written as YYYY-MM-DD, not '100%25, then%0Asoon'.",
            run.OutLines);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("false")]
    [InlineData("1")]
    public void Without_GITHUB_ACTIONS_true_nothing_is_printed_but_the_usual_lines(string? value)
    {
        var environment = value is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["GITHUB_ACTIONS"] = value };

        var run = CliRun.StartWith(environment, _site.Root, "build");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Out);
        Assert.DoesNotContain("::", run.Error);
        Assert.Contains("content/index.md(4,12): error KA0104: 'published' must be a date written as YYYY-MM-DD, not 'soon'.", run.ErrorLines);
    }
}
