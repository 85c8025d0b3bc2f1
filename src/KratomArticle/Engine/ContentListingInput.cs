namespace KratomArticle.Engine;

/// <summary>Which files the content folder holds: it changes when a file or a folder is added, removed or renamed, and decides which pages there are.</summary>
internal sealed record ContentListingInput : SiteInput
{
    public static ContentListingInput Instance { get; } = new();
}
