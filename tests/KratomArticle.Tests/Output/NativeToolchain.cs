using KratomArticle.Testing;

namespace KratomArticle.Tests.Output;

/// <summary>What the tests that compile with NativeAOT share: the clang it links with, and one build of the app at a time.</summary>
public static class NativeToolchain
{
    /// <summary>The tests that publish or pack the app run one after another: they write the same obj/ and bin/ folders.</summary>
    public const string Collection = "NativeAOT builds of the app";

    /// <summary>Skips the test without clang on PATH, and says why; under CI (which installs clang) fails it instead.</summary>
    public static void RequireClang() =>
        MissingTool.SkipOrFailWhen(ExecutablePath.OnPath("clang") is null,
            "No clang on PATH: NativeAOT needs it to compile the native executable (apt-get install clang; .ci/run does).");
}
