using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>The repository's real article, built once by the real command for every test of a class.</summary>
public sealed class RealArticle : IDisposable
{
    public RealArticle()
    {
        var run = CliRun.Start(Site.Root, "build");
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"The real content did not build:\n{run.Error}");
        }
    }

    public TestSite Site { get; } = TestSite.WithRealContent();

    public string OutputDirectory => Site.OutputDirectory;

    public void Dispose() => Site.Dispose();
}
