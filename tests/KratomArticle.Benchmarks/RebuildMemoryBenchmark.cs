using System.CommandLine;
using System.Globalization;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// <c>rebuild-memory</c>: the preview's resident memory across many rebuilds, each one a save of a section and its
/// reload (see <see cref="RebuildMemory"/>). Fails unless it stays flat, or when a save gets no reload.
/// </summary>
internal static class RebuildMemoryBenchmark
{
    public static Command Create()
    {
        var rebuilds = new Option<int>("--rebuilds") { Description = "How many rebuilds [default: 1000]", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var warmUp = new Option<int?>("--warm-up") { Description = "Rebuilds before the baseline is taken [default: half of them]", HelpName = "N" };
        var command = new Command("rebuild-memory", "The preview's resident memory across many save-and-reload rebuilds; fails unless it stays flat");
        command.Options.Add(rebuilds);
        command.Options.Add(warmUp);
        command.SetAction((result, _) =>
        {
            var count = Math.Max(2, result.GetValue(rebuilds));
            return RunAsync(count, Math.Clamp(result.GetValue(warmUp) ?? count / 2, 1, count - 1));
        });
        return command;
    }

    private static async Task<int> RunAsync(int rebuilds, int warmUp)
    {
        Console.WriteLine($"RSS of kratom preview across {rebuilds} rebuilds (a save of a section and its reload each), {Environment.ProcessorCount} cores:");
        RebuildMemory memory;
        try
        {
            memory = await RebuildMemory.MeasureAsync(rebuilds, warmUp, (count, resident) =>
                Console.WriteLine($"  after {count} rebuilds{(count == warmUp ? " (warm-up, the baseline)" : "")}: {Megabytes.Of(resident)}"));
        }
        catch (TimeoutException e)
        {
            Console.WriteLine("FAIL: " + e.Message);
            return 1;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  start {Megabytes.Of(memory.Start)}, baseline {Megabytes.Of(memory.Baseline)}, end {Megabytes.Of(memory.End)}: {memory.Growth:+0.0%;-0.0%} since the baseline (flat: at most {RebuildMemory.FlatGrowth:+0%}); {memory.Reloads} reloads"));
        var problems = new List<string>();
        if (!memory.IsFlat)
        {
            problems.Add("the resident set grew more than the flat bound");
        }

        if (memory.Reloads != rebuilds)
        {
            problems.Add($"{memory.Reloads} reload messages for {rebuilds} saves");
        }

        if (memory.FinalVersion != rebuilds)
        {
            problems.Add($"the page shows save {memory.FinalVersion}, not the last one, {rebuilds}");
        }

        Console.WriteLine(problems.Count == 0 ? "PASS" : "FAIL: " + string.Join("; ", problems));
        return problems.Count == 0 ? 0 : 1;
    }
}
