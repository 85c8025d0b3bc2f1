namespace KratomArticle.Content;

internal enum ContentKind
{
    /// <summary><c>site.yml</c> at the top of the content folder.</summary>
    SiteSettings,

    /// <summary>A folder's <c>index.md</c>, or any other <c>.md</c> without a number prefix.</summary>
    Page,

    /// <summary>A numbered <c>NN-name.md</c> beside an <c>index.md</c>: one section of that page.</summary>
    Section,

    /// <summary>Any other file (an image, say), copied to the output as it is.</summary>
    Asset,
}
