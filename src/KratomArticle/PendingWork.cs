namespace KratomArticle;

/// <summary>What the site-wide steps still have to do: kept across a failed rebuild, which stops before them, and done by the next good one.</summary>
internal sealed class PendingWork
{
    public bool NotFound { get; set; } = true;

    public bool SiteFiles { get; set; } = true;

    /// <summary>Whether every HTML file's links are to be checked again (the base path or the theme changed).</summary>
    public bool CheckAll { get; set; } = true;

    /// <summary>The content assets to publish again.</summary>
    public HashSet<string> Assets { get; } = new(StringComparer.Ordinal);

    /// <summary>The HTML files whose links are to be checked again.</summary>
    public HashSet<string> Checks { get; } = new(StringComparer.Ordinal);

    /// <summary>The files added, removed, or whose ids changed: links that were looked up as them are checked again.</summary>
    public HashSet<string> ChangedTargets { get; } = new(StringComparer.Ordinal);
}
