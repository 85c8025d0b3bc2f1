using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>
/// The preview's memory stays flat across rebuilds: a shorter run of the <c>rebuild-memory</c> benchmark, which CI
/// runs with 1,000 rebuilds.
/// </summary>
public sealed class RebuildMemoryTests
{
    [Fact]
    public async Task The_preview_process_memory_stays_flat_across_300_rebuilds_each_with_its_reload()
    {
        var memory = await RebuildMemory.MeasureAsync(rebuilds: 300, warmUp: 150, (_, _) => { });

        Assert.Equal(300, memory.Reloads);
        Assert.Equal(300, memory.FinalVersion);
        Assert.True(memory.IsFlat,
            $"The resident set grew {memory.Growth:P1} after the warm-up ({memory.Baseline / 1048576} MB to {memory.End / 1048576} MB); flat is at most {RebuildMemory.FlatGrowth:P0}.");
    }
}
