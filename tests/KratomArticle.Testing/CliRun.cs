using KratomArticle.Cli;

namespace KratomArticle.Testing;

/// <summary>The command line run in-process, as a user would type it, with what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Start(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = KratomCli.Run(args, new CliConsole(output, error, workingDirectory));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
