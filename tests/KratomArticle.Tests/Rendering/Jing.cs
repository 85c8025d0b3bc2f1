using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Rendering;

/// <summary>
/// Debian's <c>jing</c> (which <c>.ci/run</c> installs), validating XML against a RELAX NG schema in the compact syntax.
/// </summary>
public static class Jing
{
    private static string? Path => ExecutablePath.OnPath("jing");

    /// <summary>Skips the calling test, saying why, when jing is missing (in CI it fails instead).</summary>
    public static void SkipUnlessAvailable() =>
        MissingTool.SkipOrFailWhen(Path is null, "No jing on PATH: install Debian's jing package (.ci/run does) to validate XML against its RELAX NG schema.");

    /// <summary>Validates <paramref name="xmlFile"/> against the compact schema <paramref name="schemaFile"/>; returns the errors, one a line.</summary>
    public static async Task<string[]> ErrorsInAsync(string schemaFile, string xmlFile)
    {
        var start = new ProcessStartInfo(Path!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["-c", schemaFile, xmlFile])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        // Debian's wrapper script warns on stderr about optional jars it does not find; only jing's own report counts.
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length == 0 ? [] : [$"jing exited with {process.ExitCode}", .. lines, await errors];
    }
}
