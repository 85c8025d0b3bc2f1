using System.CommandLine;
using KratomArticle.Engine;
using KratomArticle.Output;

namespace KratomArticle.Cli;

/// <summary><c>check</c>: builds the site in memory, writes nothing, and reports every problem, links and fragments included.</summary>
public sealed class CheckCommand
{
    private readonly SiteOptions _site = new();

    public static Command Create(CliConsole console)
    {
        var command = new Command("check", "Build the site in memory and validate it: front matter, links, #fragments, ids. Writes nothing");
        var check = new CheckCommand();
        check._site.AddTo(command);
        command.SetAction(result => CommandRunner.Run(console, () => check.Execute(result, console)));
        return command;
    }

    private int Execute(ParseResult result, CliConsole console)
    {
        var options = _site.Resolve(result, console.WorkingDirectory);
        var context = new BuildContext(options, new BuildLog(console.Out, result.GetValue(_site.Verbose)));
        var build = SitePipeline.Build(context, new DiscardedOutput());
        var summary = DiagnosticPrinter.Summary(context.Diagnostics);
        DiagnosticPrinter.Print(context.Diagnostics, options, console);
        if (!build.Succeeded)
        {
            console.Error.WriteLine($"Check failed: {summary}.");
            return ExitCodes.ContentErrors;
        }

        console.Out.WriteLine($"Checked {Plural.Of(build.PageCount, "page")} and {Plural.Of(build.FileCount, "file")}: {summary}.");
        return ExitCodes.Success;
    }
}
