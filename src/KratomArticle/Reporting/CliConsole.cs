namespace KratomArticle.Reporting;

/// <summary>Where a command writes, the folder it runs in and the environment it reads, passed in so tests can run commands in-process.</summary>
/// <param name="Variable">Reads an environment variable; <see langword="null"/> for an environment with none set.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, string WorkingDirectory, Func<string, string?>? Variable = null)
{
    public static CliConsole System => new(Console.Out, Console.Error, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);

    /// <summary>The value of an environment variable, or <see langword="null"/> when it is not set.</summary>
    public string? GetVariable(string name) => Variable?.Invoke(name);
}
