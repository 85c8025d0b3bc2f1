using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>A build killed while it writes (a real <c>kill -9</c>) leaves the previous site as it was.</summary>
public sealed class InterruptedBuildTests : IDisposable
{
    private const int AssetCount = 24;
    private const int AssetBytes = 16 * 1024 * 1024;

    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Killing_the_build_mid_write_keeps_the_previous_output_and_the_next_build_cleans_up()
    {
        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);
        var previous = _site.Snapshot();

        // Large assets make the write phase long enough to kill the process inside it.
        var bytes = new byte[AssetBytes];
        Random.Shared.NextBytes(bytes);
        for (var i = 0; i < AssetCount; i++)
        {
            _site.WriteBytes($"media/blob-{i}.bin", bytes);
        }

        using (var build = KratomProcess.Start(_site.Root, null, "build", "--no-check"))
        {
            var staging = await WaitForStagingWithFiles(build);
            build.Kill();
            await build.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.NotEqual(0, build.ExitCode);
            Assert.True(Directory.Exists(staging), "the kill should land while the staging folder is being written");
        }

        var afterKill = _site.Snapshot();
        Assert.Equal(previous.Keys.Order(), afterKill.Keys.Order());
        Assert.All(previous, file => Assert.Equal(file.Value, afterKill[file.Key]));

        foreach (var blob in Directory.GetFiles(Path.Combine(_site.ContentDirectory, "media")))
        {
            File.Delete(blob);
        }

        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    private async Task<string> WaitForStagingWithFiles(System.Diagnostics.Process build)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !build.HasExited)
        {
            var staging = Directory.GetDirectories(_site.Root, ".output.staging-*").FirstOrDefault();
            if (staging is not null && Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).Any())
            {
                return staging;
            }

            await Task.Delay(1, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The build never started writing its staging folder.");
    }
}
