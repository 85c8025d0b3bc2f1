namespace KratomArticle.Engine;

/// <summary><c>site.yml</c>: every page reads it.</summary>
internal sealed record SiteSettingsInput : SiteInput
{
    public static SiteSettingsInput Instance { get; } = new();
}
