using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// The start-up floor: a NativeAOT "hello world" written to <paramref name="folder"/> and published there with the
/// repository's SDK (its global.json is copied beside the project) and default settings.
/// </summary>
internal static class HelloWorld
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <PublishAot>true</PublishAot>
          </PropertyGroup>
        </Project>
        """;

    /// <returns>The published executable.</returns>
    public static string Publish(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "hello.csproj"), Project);
        File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"Hello, world\");\n");
        File.Copy(Path.Combine(RepositoryPaths.Root, "global.json"), Path.Combine(folder, "global.json"));
        Console.WriteLine($"Publishing a NativeAOT hello world to {folder} ...");
        var start = new ProcessStartInfo("dotnet", ["publish", "-c", "Release", "-o", "out", "-nologo"]) { WorkingDirectory = folder, RedirectStandardOutput = true };
        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        return publish.ExitCode == 0 ? Path.Combine(folder, "out", "hello") : throw new InvalidOperationException("dotnet publish of the hello world failed:\n" + log);
    }
}
