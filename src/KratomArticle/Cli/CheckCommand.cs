using System.CommandLine;
using System.Globalization;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary><c>check</c>: builds the site in memory, writes nothing, and reports every problem, links and fragments included.</summary>
internal sealed class CheckCommand
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
        var options = _site.Resolve(result, console.WorkingDirectory) with { MeasureReadingLevels = true };
        var context = new BuildContext(options, new BuildLog(console.Out, result.GetValue(_site.Verbose)));
        var build = SitePipeline.Build(context, new DiscardedOutput());
        var summary = DiagnosticPrinter.Summary(context.Diagnostics);
        DiagnosticPrinter.Print(context.Diagnostics, options, console);
        if (!build.Succeeded)
        {
            console.Error.WriteLine($"Check failed: {summary}.");
            return ExitCodes.ContentErrors;
        }

        PrintReadingLevels(build, options, console);
        console.Out.WriteLine($"Checked {Plural.Of(build.PageCount, "page")} and {Plural.Of(build.FileCount, "file")}: {summary}.");
        return ExitCodes.Success;
    }

    private static void PrintReadingLevels(SiteBuild build, BuildOptions options, CliConsole console)
    {
        var prefix = DiagnosticPrinter.ContentPrefix(options, console.WorkingDirectory);
        console.Out.WriteLine("Reading level (Flesch-Kincaid grade):");
        foreach (var page in build.Pages.OrderBy(p => p.SourceFile, StringComparer.Ordinal))
        {
            var level = page.ReadingLevel;
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {prefix}{page.SourceFile}: {Plural.Of(level.Words, "word")}, {Plural.Of(level.Sentences, "sentence")}, grade {level.Grade:0.0}"));
        }
    }
}
