using System.CommandLine;
using System.CommandLine.Help;
using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary>The command line: <c>build</c> (the default), <c>preview</c>, <c>check</c> and <c>init</c>.</summary>
internal static class KratomCli
{
    /// <summary>The command's name, in usage lines and help.</summary>
    private const string Name = "kratom";

    public static Command Create(CliConsole console)
    {
        // A plain Command rather than RootCommand, whose constructor finds the executable's name by reflection over the
        // entry assembly: a tenth of the time `kratom --version` took. Help and version are what RootCommand adds that
        // kratom uses (not the [suggest] and [diagram] directives).
        var root = new Command(Name, "Builds a static article site from Markdown sections with YAML front matter.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
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
        if (result.Errors.Count > 0 && result.Action is not HelpAction)
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
