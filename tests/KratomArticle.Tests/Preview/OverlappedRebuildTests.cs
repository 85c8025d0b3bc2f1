using System.Diagnostics;
using System.Text;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>
/// A save that lands while a rebuild reads the files: that rebuild is not served, and the next one serves what the files
/// hold, even when the save wrote the same bytes again and the next rebuild finds nothing new to write.
/// </summary>
public sealed class OverlappedRebuildTests : IAsyncLifetime
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);

    private readonly TestSite _site = TestSite.Empty();
    private TestPreview _preview = null!;

    private string IndexPath => Path.Combine(_site.ContentDirectory, "index.md");

    public async ValueTask InitializeAsync()
    {
        _site.Write("index.md", Page("Version one"));
        _preview = await TestPreview.StartAsync(_site);
    }

    public async ValueTask DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task A_rebuild_after_one_a_save_overlapped_serves_the_saved_text_though_it_writes_nothing_new()
    {
        var handled = _preview.Server.BatchesHandled;
        var saved = Page("Version two");
        await File.WriteAllTextAsync(IndexPath, saved, TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => _preview.Server.IsBuilding, "the rebuild never started");
        await File.WriteAllTextAsync(IndexPath, saved, TestContext.Current.CancellationToken);
        await WaitUntilAsync(() => _preview.Server.BatchesHandled >= handled + 2 && _preview.Server.IsIdle, "the preview did not handle both saves");

        // The overlapped rebuild printed nothing; the one after it is the only rebuild line.
        Assert.Single(_preview.Out.Split('\n'), line => line.Contains(" changed: ", StringComparison.Ordinal));
        var page = await _preview.Http.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("Version two", page, StringComparison.Ordinal);
    }

    /// <summary>A page long enough that a rebuild of it takes a while, so a save can land inside it.</summary>
    private static string Page(string title)
    {
        var text = new StringBuilder($"---\ntitle: {title}\ndescription: A long page.\n---\n");
        for (var paragraph = 0; paragraph < 40_000; paragraph++)
        {
            text.Append("Paragraph ").Append(paragraph).Append(" of a long page, with a few words in it.\n\n");
        }

        return text.ToString();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string failure)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Settle, failure);
            await Task.Delay(1, TestContext.Current.CancellationToken);
        }
    }
}
