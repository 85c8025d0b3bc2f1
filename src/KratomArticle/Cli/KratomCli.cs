using System.CommandLine;
using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary>The command line: <c>build</c> (the default), <c>preview</c>, <c>check</c> and <c>init</c>.</summary>
public static class KratomCli
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand("Builds a static article site from Markdown sections with YAML front matter.");
        new BuildCommand().Configure(root, console);
        root.Subcommands.Add(BuildCommand.Create(console));
        root.Subcommands.Add(CheckCommand.Create(console));
        root.Subcommands.Add(PreviewCommand.Create(console));
        root.Subcommands.Add(InitCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, CliConsole console)
    {
        var result = Create(console).Parse(args);
        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error };
        if (result.Errors.Count > 0 && result.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var error in result.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run with --help to see the commands and options.");
            return ExitCodes.UsageError;
        }

        return result.Invoke(configuration);
    }
}
