using Markdig.Renderers;

namespace KratomArticle.Markdown;

/// <summary>Puts an extension's renderer in the place of one of Markdig's, whichever order the extensions were added in.</summary>
internal static class ObjectRendererReplacement
{
    /// <summary>
    /// Replaces the renderer of type <typeparamref name="TDisplaced"/> with the one <paramref name="create"/> makes from it,
    /// once. When there is none to replace (the extension that adds it has not set the renderer up yet), the new one goes
    /// first, so that it takes the objects ahead of one added later, and it falls back on a fresh
    /// <typeparamref name="TDisplaced"/>.
    /// </summary>
    public static void Replace<TDisplaced, TReplacement>(HtmlRenderer renderer, Func<TDisplaced, TReplacement> create)
        where TDisplaced : class, IMarkdownObjectRenderer, new()
        where TReplacement : class, IMarkdownObjectRenderer
    {
        var renderers = renderer.ObjectRenderers;
        if (renderers.Contains<TReplacement>())
        {
            return;
        }

        var displaced = renderers.Find<TDisplaced>();
        var replacement = create(displaced ?? new TDisplaced());
        if (!renderers.Replace<TDisplaced>(replacement))
        {
            renderers.Insert(0, replacement);
        }
    }
}
