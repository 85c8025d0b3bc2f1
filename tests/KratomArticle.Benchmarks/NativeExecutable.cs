using System.Diagnostics;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>The NativeAOT executable the benchmarks time: the one given, <c>KRATOM_NATIVE</c>, or one published now (needs clang).</summary>
internal static class NativeExecutable
{
    public static string Find(string? given)
    {
        if ((given ?? Environment.GetEnvironmentVariable("KRATOM_NATIVE")) is { Length: > 0 } path)
        {
            return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException($"The native executable {path} does not exist.");
        }

        var output = Path.Combine(RepositoryPaths.Root, "artifacts", "native");
        Console.WriteLine($"Publishing the native executable to {output} ...");
        var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(RepositoryPaths.Root, "src", "KratomArticle"), "-c", "Release", "-o", output, "-nologo"])
        {
            RedirectStandardOutput = true,
        };
        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEnd();
        publish.WaitForExit();
        return publish.ExitCode == 0 ? Path.Combine(output, "kratom") : throw new InvalidOperationException("dotnet publish failed:\n" + log);
    }
}
