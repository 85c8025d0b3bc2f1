using KratomArticle.Testing;

namespace KratomArticle.Tests.Fuzz;

/// <summary>
/// Replays the fuzzer's own inputs through the harness it fuzzes: every input that once crashed or hung it
/// (<c>tests/KratomArticle.Fuzz/regressions/</c>) and every seed (<c>corpus/</c>). None may throw or hang.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly string[] Folders = ["regressions", "corpus"];

    private static string FuzzDirectory => Path.Combine(RepositoryPaths.Root, "tests", "KratomArticle.Fuzz");

    public static TheoryData<string> Inputs =>
        new(Folders
            .Select(folder => Path.Combine(FuzzDirectory, folder))
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateFiles)
            .Select(path => Path.GetRelativePath(FuzzDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task The_fuzz_target_runs_through_the_input(string input)
    {
        var token = TestContext.Current.CancellationToken;
        var bytes = await File.ReadAllBytesAsync(Path.Combine(FuzzDirectory, input), token);

        await Task.Run(() => FuzzTarget.Run(bytes), token).WaitAsync(Limit, token);
    }
}
