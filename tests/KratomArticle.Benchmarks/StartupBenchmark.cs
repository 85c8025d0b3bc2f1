namespace KratomArticle.Benchmarks;

/// <summary>
/// Start-up, as hyperfine measures it: a command run again and again as a fresh process (warm-up runs first), the
/// median wall time kept; each of kratom's commands is timed in turns with the hello world, so both see the same machine.
/// </summary>
internal sealed class StartupBenchmark(string native, string helloWorld, int warmUps = 10, int runs = 100)
{
    public (double Ours, double HelloWorld) Time(params string[] args)
    {
        var ours = new List<double>();
        var hello = new List<double>();
        for (var i = 0; i < warmUps + runs; i++)
        {
            var oursMs = TimedProcess.Time(native, args);
            var helloMs = TimedProcess.Time(helloWorld);
            if (i >= warmUps)
            {
                ours.Add(oursMs);
                hello.Add(helloMs);
            }
        }

        return (Median.Middle(ours), Median.Middle(hello));
    }
}
