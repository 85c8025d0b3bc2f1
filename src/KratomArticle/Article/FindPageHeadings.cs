using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.Callouts;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomArticle.Article;

/// <summary>
/// Finds a page's headings in page order: the lead's, then each section's title followed by its own. A heading whose
/// <c>{#a}</c> Markdig left in its text (<see cref="UnreadAttributes"/>) is a warning.
/// </summary>
internal static class FindPageHeadings
{
    /// <returns><see langword="null"/> when a file's headings cannot be read (reported on the context).</returns>
    public static List<FoundHeading>? Run(PageSource page, BuildContext context)
    {
        var found = new List<FoundHeading>();
        foreach (var file in page.Files)
        {
            if (file is ParsedSection section)
            {
                var front = section.FrontMatter;
                found.Add(new FoundHeading(null, section, ParsedSection.TitleLevel, front.Title, front.Id, SourceLocation.StartOf(section.File.RelativePath), front.TocTitle, InCallout: false));
            }

            if (MarkdownGuard.Run(() => HeadingsIn(file).ToList(), file.File.RelativePath, file.BodyLine, context) is not { } headings)
            {
                return null;
            }

            WarnOfUnreadAttributes(headings, file, context);
            found.AddRange(headings);
        }

        return found;
    }

    private static void WarnOfUnreadAttributes(List<FoundHeading> headings, ParsedMarkdown file, BuildContext context)
    {
        foreach (var heading in headings)
        {
            if (UnreadAttributes.In(heading.Block!, file.Body, heading.Text) is { } braces)
            {
                context.Report(Diagnostic.Warning(DiagnosticCodes.UnreadHeadingAttributes,
                    $"'{braces}' stays in this heading's text: Markdig does not read an id or class of one character. Give it two or more.", heading.Location));
            }
        }
    }

    private static IEnumerable<FoundHeading> HeadingsIn(ParsedMarkdown file) =>
        file.Document.Descendants<HeadingBlock>().Select(block => new FoundHeading(
            block,
            file as ParsedSection,
            block.Level,
            MarkdownHtml.InlineText(block),
            block.TryGetAttributes()?.Id,
            new SourceLocation(file.File.RelativePath, file.BodyLine + block.Line, block.Column + 1),
            null,
            CalloutHeading.IsInCallout(block)));
}
