namespace KratomArticle.Cli;

/// <summary>Where a command writes and the folder it runs in, passed in so tests can run commands in-process.</summary>
public sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory)
{
    public static CliConsole System => new(Console.Out, Console.Error, Environment.CurrentDirectory);
}
