using KratomArticle.Reporting;

namespace KratomArticle.Cli;

/// <summary>
/// Runs a command's body, turning a usage problem, or a folder that cannot be written, into one line on stderr and
/// exit code 2, and a bug in the generator into one line and exit code 3.
/// </summary>
internal static class CommandRunner
{
    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (e is UsageException || FileSystemError(e) is not null)
        {
            console.Error.WriteLine(UsageLine(e));
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            console.Error.WriteLine(BugReport.Line(e, console.WorkingDirectory));
            return ExitCodes.InternalError;
        }
    }

    public static async Task<int> RunAsync(CliConsole console, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (e is UsageException || FileSystemError(e) is not null)
        {
            await console.Error.WriteLineAsync(UsageLine(e));
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await console.Error.WriteLineAsync(BugReport.Line(e, console.WorkingDirectory));
            return ExitCodes.InternalError;
        }
    }

    private static string UsageLine(Exception e) =>
        FileSystemError(e) is { } io ? $"error: Cannot write the site: {io.Message}" : $"error: {e.Message}";

    /// <summary>A folder or file that cannot be written (a full disk, no permission) is a problem of the machine, not a bug; pages built in parallel wrap it.</summary>
    private static Exception? FileSystemError(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException { InnerExceptions: [var first, ..] } => FileSystemError(first),
        _ => null,
    };
}
