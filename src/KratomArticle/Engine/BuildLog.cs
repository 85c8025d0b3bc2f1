namespace KratomArticle.Engine;

/// <summary>Where a build reports progress: plain lines, with the verbose ones shown only on request.</summary>
internal sealed class BuildLog(TextWriter output, bool verbose)
{
    private readonly Lock _gate = new();

    public static BuildLog Silent { get; } = new(TextWriter.Null, verbose: false);

    public bool IsVerbose => verbose;

    public void Info(string message)
    {
        lock (_gate)
        {
            output.WriteLine(message);
        }
    }

    public void Verbose(string message)
    {
        if (verbose)
        {
            Info(message);
        }
    }
}
