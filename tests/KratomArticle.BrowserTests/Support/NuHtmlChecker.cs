using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>
/// The W3C Nu HTML Checker (<c>vnu.jar</c> from the npm package <c>vnu-jar</c>, which <c>.ci/run</c> installs
/// into <c>tests/tools/</c>) run on a Java runtime over a folder.
/// </summary>
public static class NuHtmlChecker
{
    public static string JarPath =>
        Environment.GetEnvironmentVariable("VNU_JAR") is { Length: > 0 } path
            ? path
            : Path.Combine(RepositoryPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? JavaPath => ExecutablePath.OnPath("java");

    /// <summary>Skips the calling test, saying why, when Java or vnu.jar is missing.</summary>
    public static void SkipUnlessAvailable()
    {
        MissingTool.SkipOrFailWhen(JavaPath is null, "No java on PATH: install a Java runtime (.ci/run installs default-jre-headless) to run the Nu HTML Checker.");
        MissingTool.SkipOrFailWhen(!File.Exists(JarPath), $"No vnu.jar at {JarPath}: run 'npm ci --ignore-scripts' in tests/tools (.ci/run does) or set VNU_JAR.");
    }

    /// <summary>Checks every HTML, CSS and SVG file under <paramref name="folder"/>; returns the errors, one a line.</summary>
    public static async Task<string[]> ErrorsInAsync(string folder)
    {
        var start = new ProcessStartInfo(JavaPath!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".css" or ".svg")
            .Order(StringComparer.Ordinal);
        foreach (var argument in (string[])["-jar", JarPath, "--errors-only", "--also-check-css", "--also-check-svg", "--format", "gnu", .. files])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var lines = (await output + errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length == 0 ? [] : [$"vnu exited with {process.ExitCode}", .. lines];
    }
}
