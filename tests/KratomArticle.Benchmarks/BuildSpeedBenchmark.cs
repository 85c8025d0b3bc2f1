namespace KratomArticle.Benchmarks;

/// <summary>
/// Times full builds of one site by a fresh process each run, with warm-up runs first, into a new output folder on
/// a tmpfs when there is one: ours (the native executable), Hugo's on the same Markdown when Hugo is installed, and
/// the floor: <c>cp -r</c> of the content folder, the least any generator must do (read every file, write as many bytes).
/// For a reference, also <see cref="LibrariesAlone"/> on the same content folder.
/// </summary>
internal sealed class BuildSpeedBenchmark(string native, BenchmarkSites sites, string outputRoot, int warmUps, int runs)
{
    public BuildTimes Ours() => Time(output => TimedProcess.Run(native, "build", "--root", sites.Ours, "--output", output));

    public BuildTimes? Hugo() =>
        TimedProcess.IsInstalled("hugo") ? Time(output => TimedProcess.Run("hugo", "--quiet", "--source", sites.Hugo, "--destination", output)) : null;

    public BuildTimes Floor() => Time(output => TimedProcess.Run("cp", "-r", sites.OursContent, output));

    /// <param name="libraries">The program <see cref="LibrariesAlone.Publish"/> made.</param>
    public BuildTimes Libraries(string libraries) => Time(output => TimedProcess.Run(libraries, sites.OursContent, output));

    private BuildTimes Time(Func<string, (double, long?)> build)
    {
        var output = Path.Combine(outputRoot, "output");
        var (milliseconds, peak) = Median.Of(warmUps, runs, () => Clear(output), () => build(output));
        Clear(output);
        return new BuildTimes(milliseconds, peak);
    }

    private static void Clear(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
