using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Support;

/// <summary>The two screens the theme is checked on: a phone held upright and a laptop.</summary>
public static class Viewports
{
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    public static ViewportSize Desktop => new() { Width = 1280, Height = 900 };

    public static ViewportSize Named(string name) => name switch
    {
        "phone" => Phone,
        "desktop" => Desktop,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Use 'phone' or 'desktop'."),
    };
}
