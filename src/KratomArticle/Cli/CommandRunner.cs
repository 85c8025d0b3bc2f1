namespace KratomArticle.Cli;

/// <summary>
/// Runs a command's body, turning a usage problem into one line on stderr and exit code 2, and a bug in the generator
/// into one line and exit code 3.
/// </summary>
public static class CommandRunner
{
    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
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
        catch (UsageException e)
        {
            await console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.UsageError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await console.Error.WriteLineAsync(BugReport.Line(e, console.WorkingDirectory));
            return ExitCodes.InternalError;
        }
    }
}
