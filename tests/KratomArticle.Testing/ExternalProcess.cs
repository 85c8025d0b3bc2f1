using System.Diagnostics;

namespace KratomArticle.Testing;

/// <summary>A program run to its end in a process of its own, with its exit code and what it printed.</summary>
internal static class ExternalProcess
{
    public static async Task<CliRun> RunAsync(
        string fileName,
        string workingDirectory,
        IReadOnlyDictionary<string, string>? environment,
        IEnumerable<string> args,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName, args)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new CliRun(process.ExitCode, await output, await error);
    }

    /// <summary>Runs to the end and returns what it printed on standard output; a non-zero exit code throws, with everything it printed.</summary>
    public static async Task<string> OutputAsync(string fileName, string workingDirectory, IEnumerable<string> args, CancellationToken cancellationToken = default)
    {
        var arguments = args.ToArray();
        var run = await RunAsync(fileName, workingDirectory, null, arguments, cancellationToken);
        return run.ExitCode == 0
            ? run.Out
            : throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} exited with {run.ExitCode}:\n{run.Out}\n{run.Error}");
    }
}
