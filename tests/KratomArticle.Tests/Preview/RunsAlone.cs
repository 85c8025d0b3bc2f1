namespace KratomArticle.Tests.Preview;

/// <summary>Tests that touch what every running preview shares (the process-wide hot reload event) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunsAlone
{
    public const string Name = "Runs alone";
}
