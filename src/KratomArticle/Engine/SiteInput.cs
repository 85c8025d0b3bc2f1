namespace KratomArticle.Engine;

/// <summary>
/// One thing a build reads from disk. A save is told to a rebuild as the inputs it changed, and a page is built again
/// when an input it read is among them (see <see cref="SiteChanges"/>).
/// </summary>
internal abstract record SiteInput;
