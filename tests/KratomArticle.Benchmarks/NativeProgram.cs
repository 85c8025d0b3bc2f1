using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// A reference program the benchmark builds for itself: a project and its <c>Program.cs</c>, written to a folder and
/// published there as NativeAOT with the repository's SDK (its global.json is copied beside the project).
/// </summary>
internal static class NativeProgram
{
    /// <returns>The published executable.</returns>
    public static string Publish(string folder, string name, string project, string program)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), project);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), program);
        File.Copy(Path.Combine(RepositoryPaths.Root, "global.json"), Path.Combine(folder, "global.json"));
        Console.WriteLine($"Publishing {name} as NativeAOT to {folder} ...");
        var start = new ProcessStartInfo("dotnet", ["publish", "-c", "Release", "-o", "out", "-nologo"]) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        return publish.ExitCode == 0 ? Path.Combine(folder, "out", name) : throw new InvalidOperationException($"dotnet publish of {name} failed:\n" + log);
    }
}
