using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.HeadingAnchors;

namespace KratomArticle.Article;

/// <summary>
/// Gives a page's headings ids unique across its files. Explicit ids are claimed first, in page order; then every other
/// heading gets the slug of its text. A heading with no text (an image's alt text counts as text) gets no id, and a warning.
/// </summary>
internal static class AssignHeadingIds
{
    /// <param name="reservedIds">Ids the page's references take, which headings must step around.</param>
    public static List<AssignedHeading> Run(List<FoundHeading> found, IEnumerable<string> reservedIds, BuildContext context)
    {
        var allocator = new HeadingIdAllocator(context.Options.Theme.ReservedIds.Concat(reservedIds));
        foreach (var empty in found.Where(h => h.Text.Length == 0))
        {
            context.Report(Diagnostic.Warning(DiagnosticCodes.EmptyHeading,
                "This heading has no text, so it cannot be listed in the contents or linked to.", empty.Location));
        }

        var explicitIds = found.Select(h => h.Text.Length == 0 ? null : ClaimExplicitId(h, allocator, context)).ToList();
        return [.. found.Select((h, i) =>
        {
            var id = h.Text.Length == 0 ? "" : explicitIds[i] ?? allocator.Allocate(h.Text);
            return new AssignedHeading(h.Block, h.Section, new PageHeading(h.Level, id, h.Text, h.Location, h.TocText) { InCallout = h.InCallout });
        })];
    }

    private static string? ClaimExplicitId(FoundHeading heading, HeadingIdAllocator allocator, BuildContext context)
    {
        if (heading.ExplicitId is not { } id)
        {
            return null;
        }

        if (!HeadingIdAllocator.IsValidExplicitId(id))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                $"The id '{id}' cannot be used in a link: use letters, digits, '-' and '_' only.", heading.Location));
            return null;
        }

        if (!allocator.TryClaim(id))
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateHeadingId,
                $"The id '{id}' is already used on this page; give this heading another id.", heading.Location));
            return null;
        }

        return id;
    }
}
