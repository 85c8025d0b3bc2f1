using System.CommandLine;
using System.Diagnostics;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary><c>build</c>: runs the pipeline and swaps the result into the output folder. Also what runs with no command.</summary>
internal sealed class BuildCommand
{
    private readonly SiteOptions _site = new();

    private readonly Option<string?> _output = new("--output")
    {
        Description = "The folder the site is written to; it is replaced whole [default: <root>/output]",
        HelpName = "DIR",
    };

    private readonly Option<bool> _noCheck = new("--no-check") { Description = "Skip the link and #fragment checks" };

    public static Command Create(CliConsole console)
    {
        var command = new Command("build", "Build the site into the output folder (the default command)");
        new BuildCommand().Configure(command, console);
        return command;
    }

    public void Configure(Command command, CliConsole console)
    {
        _site.AddTo(command);
        command.Options.Add(_output);
        command.Options.Add(_noCheck);
        command.SetAction(result => CommandRunner.Run(console, () => Execute(result, console)));
    }

    private int Execute(ParseResult result, CliConsole console)
    {
        var clock = Stopwatch.StartNew();
        var options = _site.Resolve(result, console.WorkingDirectory) with { CheckLinks = !result.GetValue(_noCheck) };
        var outputDirectory = Path.GetFullPath(result.GetValue(_output) ?? "output", options.Root);
        if (OutputGuard.Problem(outputDirectory, options) is { } problem)
        {
            throw new UsageException($"Refusing to build: {problem}. Choose another folder with --output.");
        }

        var context = new BuildContext(options, new BuildLog(console.Out, result.GetValue(_site.Verbose)));
        using var staging = StagingFolder.Create(outputDirectory);
        var build = SitePipeline.Build(context, staging);
        var diagnostics = context.Diagnostics;
        DiagnosticPrinter.Print(diagnostics, options, console);
        if (!build.Succeeded)
        {
            console.Error.WriteLine($"Build failed: {DiagnosticPrinter.Summary(diagnostics)}. The output folder was not changed.");
            return ExitCodes.ContentErrors;
        }

        staging.SwapIn();
        var shownOutput = Path.GetRelativePath(console.WorkingDirectory, outputDirectory);
        var warnings = diagnostics.Count(d => d.Severity == Severity.Warning);
        console.Out.WriteLine($"Built {Plural.Of(build.PageCount, "page")} ({Plural.Of(build.FileCount, "file")}) into {shownOutput} with {Plural.Of(warnings, "warning")} in {clock.ElapsedMilliseconds} ms.");
        return ExitCodes.Success;
    }
}
