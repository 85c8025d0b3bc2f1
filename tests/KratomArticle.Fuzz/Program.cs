using KratomArticle.Testing;
using SharpFuzz;

// Under libfuzzer-dotnet (see fuzz.sh) this serves inputs until a crash; run directly, it runs the file named by its first argument.
Fuzzer.LibFuzzer.Run(FuzzTarget.Run);
