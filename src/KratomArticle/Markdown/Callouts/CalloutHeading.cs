using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KratomArticle.Markdown.Callouts;

/// <summary>
/// The level of a callout's title: one below the heading it follows, so the page's outline has no gaps. A document
/// knows the level of the heading around it (a section's body sits under its <c>h2</c>), set when it is parsed.
/// </summary>
internal static class CalloutHeading
{
    private const int MaxLevel = 6;

    private static readonly object OuterLevelKey = new();

    public static void SetOuterLevel(MarkdownDocument document, int level) => document.SetData(OuterLevelKey, level);

    public static int LevelOf(CustomContainer callout)
    {
        Block root = callout;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var outer = root.GetData(OuterLevelKey) as int? ?? 1;
        var previous = root.Descendants<HeadingBlock>().LastOrDefault(h => h.Span.Start < callout.Span.Start);
        return Math.Min(MaxLevel, (previous?.Level ?? outer) + 1);
    }

    /// <summary>Whether a block sits inside a callout, whose headings stay out of the table of contents.</summary>
    public static bool IsInCallout(Block block) => BlockAncestry.IsInside<CustomContainer>(block);
}
