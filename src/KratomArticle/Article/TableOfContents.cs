using System.Collections.Immutable;
using KratomArticle.Markdown;
using KratomArticle.Theming;

namespace KratomArticle.Article;

/// <summary>Turns a page's flat list of headings into a tree: each heading nests under the nearest shallower one before it. Headings inside callouts are left out.</summary>
internal static class TableOfContents
{
    public static ImmutableArray<TocEntry> Build(IEnumerable<PageHeading> headings, int minLevel, int maxLevel)
    {
        var root = new Node(null);
        var open = new Stack<Node>();
        open.Push(root);
        foreach (var heading in headings.Where(h => h.IsLinkable && h.Level >= minLevel && h.Level <= maxLevel && !h.InCallout))
        {
            while (open.Peek().Heading is { } parent && parent.Level >= heading.Level)
            {
                open.Pop();
            }

            var node = new Node(heading);
            open.Peek().Children.Add(node);
            open.Push(node);
        }

        return ToEntries(root.Children);
    }

    private static ImmutableArray<TocEntry> ToEntries(List<Node> nodes) =>
        [.. nodes.Select(n => new TocEntry(n.Heading!.Id, n.Heading.TocText ?? n.Heading.Text, n.Heading.Level, ToEntries(n.Children)))];

    private sealed record Node(PageHeading? Heading)
    {
        public List<Node> Children { get; } = [];
    }
}
