using System.Security.Cryptography;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>The same content gives byte-identical sites, whatever the folder, the time or the locale.</summary>
public sealed class ReproducibleBuildTests
{
    [Fact]
    public async Task Two_builds_in_different_folders_at_different_times_and_locales_are_byte_identical()
    {
        using var first = TestSite.WithRealContent();
        using var second = TestSite.WithRealContent();
        var turkish = new Dictionary<string, string> { ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["TZ"] = "Pacific/Kiritimati" };
        var german = new Dictionary<string, string> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "de_DE.UTF-8", ["TZ"] = "America/Adak" };

        Assert.Equal(0, (await KratomProcess.RunAsync(first.Root, turkish, "build")).ExitCode);
        await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken);
        Assert.Equal(0, (await KratomProcess.RunAsync(second.Root, german, "build")).ExitCode);

        var firstHashes = Hashes(first.OutputDirectory);
        Assert.NotEmpty(firstHashes);
        Assert.Equal(firstHashes, Hashes(second.OutputDirectory));
        Assert.All(first.Snapshot(), file => Assert.DoesNotContain(first.Root, System.Text.Encoding.UTF8.GetString(file.Value)));
    }

    private static SortedDictionary<string, string> Hashes(string directory) =>
        new(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(directory, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
