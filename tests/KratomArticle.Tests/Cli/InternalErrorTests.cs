using System.Collections.Immutable;
using KratomArticle.Cli;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Reporting;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;
using KratomArticle.Themes.Minimal;
using KratomArticle.Theming;

namespace KratomArticle.Tests.Cli;

/// <summary>A bug in the generator is not blamed on the content: it is one line naming the file, and exit code 3.</summary>
public sealed class InternalErrorTests : IDisposable
{
    private const string DepthLimitMessage =
        "Markdown elements in the input are too deeply nested - depth limit exceeded. Input is most likely not sensible or is a very large table.";

    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_bug_inside_a_markdig_step_is_an_internal_error_naming_the_file_not_a_content_diagnostic()
    {
        var context = NewContext();

        var error = Assert.Throws<InternalBuildException>(() =>
            MarkdownGuard.Run<string>(() => throw new InvalidOperationException("Heading on line 3 was not given an id before rendering."), "guide/01-a.md", 5, context));

        Assert.Equal(Path.Combine(_site.ContentDirectory, "guide/01-a.md"), error.File);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Empty(context.Diagnostics);
    }

    [Theory]
    [InlineData("Value does not fall within the expected range.")]
    [InlineData("Markdown elements")]
    public void An_argument_exception_other_than_markdigs_depth_check_is_a_bug(string message)
    {
        var context = NewContext();

        Assert.Throws<InternalBuildException>(() => MarkdownGuard.Run<string>(() => throw new ArgumentException(message), "index.md", 5, context));
        Assert.Empty(context.Diagnostics);
    }

    [Fact]
    public void Markdigs_depth_refusal_stays_a_content_diagnostic_at_the_file()
    {
        var context = NewContext();

        Assert.Null(MarkdownGuard.Run<string>(() => throw new ArgumentException(DepthLimitMessage), "index.md", 5, context));

        var diagnostic = Assert.Single(context.Diagnostics);
        Assert.Equal(DiagnosticCodes.MarkdownFailed, diagnostic.Code);
        Assert.Equal(new SourceLocation("index.md", 5, 1), diagnostic.Location);
        Assert.DoesNotContain("depth limit exceeded", diagnostic.Message);
    }

    [Fact]
    public void A_bug_while_pages_are_built_in_parallel_is_one_line_naming_the_file_and_exit_code_3()
    {
        var context = NewContext();
        var console = new CliConsole(new StringWriter(), new StringWriter(), _site.Root);
        var pages = new InParallel<string, string>(new FailingPage());

        var exitCode = CommandRunner.Run(console, () => pages.Run(["index.md", "about.md", "guide/index.md"], context).Length);

        Assert.Equal(ExitCodes.InternalError, exitCode);
        var line = Assert.Single(console.Error.ToString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("internal error while building content/about.md: KeyNotFoundException: Line one. Line two. (this is a bug in kratom; please report it)", line);
        Assert.Empty(console.Out.ToString()!);
    }

    [Fact]
    public void A_bug_outside_any_file_names_the_site()
    {
        var console = new CliConsole(new StringWriter(), new StringWriter(), _site.Root);

        var exitCode = CommandRunner.Run(console, () => throw new InvalidOperationException("Sequence contains no elements"));

        Assert.Equal(ExitCodes.InternalError, exitCode);
        Assert.Equal(
            "internal error while building the site: InvalidOperationException: Sequence contains no elements (this is a bug in kratom; please report it)",
            console.Error.ToString()!.TrimEnd());
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_a_usage_error_not_a_bug()
    {
        _site.Write("index.md", "---\ntitle: Home\ndescription: d\n---\nText.\n");
        File.WriteAllText(Path.Combine(_site.Root, "not-a-folder"), "a file");

        var run = CliRun.Start(_site.Root, "build", "--output", "not-a-folder/site");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.StartsWith("error: Cannot write the site: ", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain("internal error", run.Error);
    }

    [Fact]
    public void A_theme_asset_that_is_missing_is_named_once_in_a_diagnostic_not_a_crash()
    {
        _site.Write("index.md", "---\ntitle: Home\ndescription: d\n---\nText.\n");
        _site.Write("about.md", "---\ntitle: About\ndescription: d\n---\nText.\n");
        // The minimal theme's components without the stylesheet they link to.
        var broken = new Theme("Broken", typeof(MinimalArticle), typeof(MinimalNotFound), [], []);

        var (build, context) = SiteBuilder.Build(_site, theme: broken);

        Assert.False(build.Succeeded);
        Assert.Equal(
            "error KA0005: The theme 'Broken' links to the asset 'minimal.css', which it does not ship; this is a bug in the theme.",
            Assert.Single(SiteBuilder.Messages(context), m => m.Contains("error", StringComparison.Ordinal)));
    }

    private BuildContext NewContext() => new(new BuildOptions(_site.Root, _site.ContentDirectory, null, IncludeDrafts: false, DefaultTheme.Instance), BuildLog.Silent);

    /// <summary>A page step with a bug that only one of the pages meets.</summary>
    private sealed class FailingPage : IModule<string, string>
    {
        public string Run(string file, BuildContext context) =>
            InternalBuildException.Guard(file, context, () => file == "about.md" ? throw new KeyNotFoundException("Line one.\nLine two.") : file);
    }
}
