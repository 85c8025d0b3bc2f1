namespace KratomArticle.Engine;

/// <summary><c>site.yml</c>: every page reads it.</summary>
public sealed record SiteSettingsInput : SiteInput
{
    public static SiteSettingsInput Instance { get; } = new();
}
