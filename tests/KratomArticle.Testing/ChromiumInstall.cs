namespace KratomArticle.Testing;

/// <summary>Where Debian's Chromium is and the flags it runs headless with here, for the browser tests and the screenshot tool.</summary>
internal static class ChromiumInstall
{
    /// <summary>Without the background-networking flags Chromium keeps trying to reach its own services, which a closed network never answers.</summary>
    public static IReadOnlyList<string> Flags { get; } =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary><c>CHROMIUM_PATH</c>, else Debian's or Ubuntu's Chromium; <see langword="null"/> when none is installed.</summary>
    public static string? ExecutablePath =>
        new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path));
}
