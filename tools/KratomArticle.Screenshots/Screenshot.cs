using Microsoft.Playwright;

namespace KratomArticle.Screenshots;

/// <summary>One picture of the article for the README.</summary>
/// <param name="Name">The file name under <c>docs/screenshots/</c>, without <c>.png</c>.</param>
/// <param name="Fragment">Where on the page to look, e.g. <c>#conclusion</c>; empty for the top.</param>
/// <param name="OpenContents">Whether to open the table of contents first (on a phone it starts closed).</param>
internal sealed record Screenshot(string Name, ViewportSize Viewport, float Scale, ColorScheme Scheme, string Fragment = "", bool OpenContents = false)
{
    public static IReadOnlyList<Screenshot> ForReadme { get; } =
    [
        new("desktop-light", new() { Width = 1280, Height = 900 }, 1, ColorScheme.Light),
        new("desktop-dark", new() { Width = 1280, Height = 900 }, 1, ColorScheme.Dark),
        new("desktop-reading-dark", new() { Width = 1280, Height = 900 }, 1, ColorScheme.Dark, "#kratoms-impact-on-impulse-control-mechanisms-and-evidence"),
        new("phone-light", new() { Width = 390, Height = 844 }, 2, ColorScheme.Light),
        new("phone-dark", new() { Width = 390, Height = 844 }, 2, ColorScheme.Dark, "#integrating-kratom-into-a-holistic-approach-for-managing-impulsive-behavior-and-emotional-reactions"),
        new("phone-contents-light", new() { Width = 390, Height = 844 }, 2, ColorScheme.Light, "#main", OpenContents: true),
    ];
}
