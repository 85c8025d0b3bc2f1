using KratomArticle.Testing;

namespace KratomArticle.Tests.Corpus;

/// <summary>One folder of <c>Sites/</c>: a <c>content/</c> folder and, for invalid input, the diagnostics it must produce.</summary>
public sealed record CorpusCase(string Kind, string Name)
{
    public static string SitesDirectory => Path.Combine(RepositoryPaths.Root, "tests", "KratomArticle.Tests", "Sites");

    public string Directory => Path.Combine(SitesDirectory, Kind, Name);

    public string ContentDirectory => Path.Combine(Directory, "content");

    public string[] ExpectedDiagnostics => File.ReadAllLines(Path.Combine(Directory, "expected.txt"));

    public static TheoryData<string> Names(string kind) =>
        new(System.IO.Directory.GetDirectories(Path.Combine(SitesDirectory, kind)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public override string ToString() => $"{Kind}/{Name}";
}
