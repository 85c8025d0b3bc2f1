using KratomArticle.Checking;
using KratomArticle.Output;

namespace KratomArticle.Rendering;

/// <summary>A page rendered through the theme: its file, and its ids and links for the link check.</summary>
internal sealed record RenderedPage(OutputFile File, PageLinkIndex Links);
