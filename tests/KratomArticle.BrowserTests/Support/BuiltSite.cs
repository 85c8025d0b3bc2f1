using KratomArticle.Testing;

namespace KratomArticle.BrowserTests.Support;

/// <summary>A test site built once by the real command, shared by the tests of a class.</summary>
public abstract class BuiltSite : IDisposable
{
    protected BuiltSite(TestSite site, params string[] buildArguments)
    {
        Site = site;
        var run = CliRun.Start(site.Root, ["build", .. buildArguments]);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"The test site did not build:\n{run.Error}");
        }
    }

    public TestSite Site { get; }

    public string OutputDirectory => Site.OutputDirectory;

    public void Dispose()
    {
        Site.Dispose();
        GC.SuppressFinalize(this);
    }
}
