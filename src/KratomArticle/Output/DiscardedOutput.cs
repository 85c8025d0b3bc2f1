namespace KratomArticle.Output;

/// <summary>Keeps only the files' paths: what <c>check</c> builds is validated, never written.</summary>
internal sealed class DiscardedOutput : SiteOutput
{
    protected override void Store(OutputFile file)
    {
    }

    protected override void StoreCopy(string path, string sourceFile)
    {
    }
}
