using System.Diagnostics;
using KratomArticle.Cli;

namespace KratomArticle.Testing;

/// <summary>The command line as a separate process (<c>dotnet kratom.dll</c>), for what only a real process shows: environment, signals, kills.</summary>
internal static class KratomProcess
{
    /// <summary>The kratom.dll the tests were built with.</summary>
    public static string AppPath => typeof(KratomCli).Assembly.Location;

    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(AppPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
    }

    /// <summary>Runs to the end and returns the exit code and what was printed.</summary>
    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        ExternalProcess.RunAsync("dotnet", workingDirectory, environment, [AppPath, .. args]);
}
