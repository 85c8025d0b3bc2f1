using System.Collections.Immutable;

namespace KratomArticle.Preview;

/// <summary>What the preview shows: the last good build, and the problems of the latest build when it failed.</summary>
/// <param name="Site">The last good build, or <see langword="null"/> before the first one.</param>
/// <param name="Errors">The latest build's problems as the console prints them; empty when it succeeded.</param>
internal sealed record PreviewState(SiteSnapshot? Site, ImmutableArray<string> Errors)
{
    public static PreviewState Starting { get; } = new(null, []);

    public bool Failed => !Errors.IsEmpty;

    public string BuildId => Site?.BuildId ?? "";

    /// <summary>
    /// What a page is told when it connects: which build is served, and the errors if the latest build failed. Before
    /// the first build there is nothing to tell; the build's reload message reaches the page when it is done.
    /// </summary>
    public IEnumerable<LiveReloadMessage> Greeting() =>
        Failed ? [LiveReloadMessage.Hello(BuildId), LiveReloadMessage.Failed(BuildId, Errors)]
        : Site is null ? []
        : [LiveReloadMessage.Hello(BuildId)];
}
