using KratomArticle.Cli;
using KratomArticle.Reporting;

namespace KratomArticle.Testing;

/// <summary>The command line run in-process, as a user would type it, with what it printed.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Runs the command with no environment variables set, whatever the test process has.</summary>
    public static CliRun Start(string workingDirectory, params string[] args) => StartWith(new Dictionary<string, string>(), workingDirectory, args);

    /// <summary>Runs the command with exactly <paramref name="environment"/> as its environment variables.</summary>
    public static CliRun StartWith(IReadOnlyDictionary<string, string> environment, string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = KratomCli.Run(args, new CliConsole(output, error, workingDirectory, environment.GetValueOrDefault));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
