namespace KratomArticle.Testing;

/// <summary>Finds a command-line tool the way a shell does, for tests that run one.</summary>
internal static class ExecutablePath
{
    /// <summary>The first <paramref name="name"/> in a folder of <c>PATH</c>, or <see langword="null"/> when none has it.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
