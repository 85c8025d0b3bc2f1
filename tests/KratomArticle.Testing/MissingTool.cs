using Xunit;

namespace KratomArticle.Testing;

/// <summary>
/// What a test does when a tool it drives (Chromium, Java, vnu.jar, jing) is not installed: on a developer's
/// machine it is skipped and says why; in CI (<c>CI=true</c>), which installs every tool, it fails,
/// so a missing install can never pass as a green run.
/// </summary>
internal static class MissingTool
{
    private static bool InContinuousIntegration =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void SkipOrFailWhen(bool missing, string reason)
    {
        if (missing && InContinuousIntegration)
        {
            Assert.Fail($"{reason} CI must install it.");
        }

        Assert.SkipWhen(missing, reason);
    }
}
