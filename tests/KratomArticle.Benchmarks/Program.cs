using System.CommandLine;
using KratomArticle.Benchmarks;

var root = new RootCommand("Benchmarks of KratomArticle, run in Release: dotnet run -c Release --project tests/KratomArticle.Benchmarks -- BENCHMARK");
root.Subcommands.Add(AllBenchmark.Create());
root.Subcommands.Add(ReloadLatencyBenchmark.Create());
root.Subcommands.Add(LoadBenchmark.Create());
root.Subcommands.Add(RebuildMemoryBenchmark.Create());
return await root.Parse(args).InvokeAsync();
