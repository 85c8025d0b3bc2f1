using Markdig.Extensions.TaskLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace KratomArticle.Markdown.TaskLists;

/// <summary>
/// Reads <c>[ ]</c>, <c>[x]</c> or <c>[X]</c> as a checkbox only where a task list item's marker stands, as GitHub does:
/// first in a list item's first paragraph, and followed by white space or the end of the line. Markdig's own parser
/// takes one anywhere in any paragraph (or heading) of a list item, so "<c>- Plain [ ] item</c>" showed a checkbox in
/// the middle of its text.
/// </summary>
internal sealed class LeadingTaskListParser : TaskListInlineParser
{
    /// <summary>How far the character after the marker is from its <c>[</c>.</summary>
    private const int AfterMarker = 3;

    public override bool Match(InlineProcessor processor, ref StringSlice slice) =>
        processor.Root?.FirstChild is null
        && processor.Block is ParagraphBlock { Parent: ListItemBlock item } paragraph
        && item.IndexOf(paragraph) == 0
        && slice.PeekCharExtra(AfterMarker).IsWhiteSpaceOrZero()
        && base.Match(processor, ref slice);
}
