using System.Collections.Immutable;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.Callouts;
using Markdig.Syntax;

namespace KratomArticle.Content;

/// <summary>Reads page and section files: front matter into typed records, the body into a Markdown tree.</summary>
internal sealed class ParseMarkdownFiles : IModule<ImmutableArray<ContentFile>, ImmutableArray<ParsedMarkdown>>
{
    public ImmutableArray<ParsedMarkdown> Run(ImmutableArray<ContentFile> files, BuildContext context)
    {
        var parsed = ImmutableArray.CreateBuilder<ParsedMarkdown>(files.Length);
        foreach (var file in files.Where(f => f.Kind is ContentKind.Page or ContentKind.Section))
        {
            if (InternalBuildException.Guard(file.RelativePath, context, () => Parse(file, context)) is { } result)
            {
                parsed.Add(result);
            }
        }

        return parsed.ToImmutable();
    }

    public static ParsedMarkdown? Parse(ContentFile file, BuildContext context)
    {
        using var text = SourceText.TryRead(file, context);
        return text is null ? null : Parse(file, text.Span, context);
    }

    public static ParsedMarkdown? Parse(ContentFile file, ReadOnlySpan<char> text, BuildContext context)
    {
        if (SplitFrontMatter.Split(text, file.RelativePath, context) is not { } block)
        {
            return null;
        }

        if (block.Yaml is null)
        {
            context.Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMissing,
                "The file has no front matter: start it with a '---' line, the keys (at least 'title'), and another '---' line.",
                SourceLocation.StartOf(file.RelativePath)));
            return null;
        }

        var fields = new YamlSource(file.RelativePath, block.YamlLine, context).ParseMapping(block.Yaml);
        var document = ParseBody(file, block, context);
        if (fields is null || document is null)
        {
            return null;
        }

        return file.Kind == ContentKind.Section
            ? SectionFrontMatter.Read(fields) is { } section ? new ParsedSection(file, block.BodyLine, block.Body, document, section) : null
            : PageFrontMatter.Read(fields) is { } page && DisclaimerRenders(page, fields, file, context) ? new ParsedPage(file, block.BodyLine, block.Body, document, page) : null;
    }

    /// <summary>
    /// A disclaimer is Markdown too, and must pass the same guards as the body. It is tried here, where its
    /// line is known; Markdig is deterministic, so the later render in RenderArticleBodies cannot fail.
    /// </summary>
    private static bool DisclaimerRenders(PageFrontMatter page, YamlFields fields, ContentFile file, BuildContext context)
    {
        if (page.Disclaimer is not { } disclaimer || fields.TextLineOf("disclaimer") is not { } line)
        {
            return true;
        }

        return MarkdownGuard.CheckBeforeParsing(disclaimer, file.RelativePath, line, context)
            && MarkdownGuard.Run(() => MarkdownHtml.Parse(disclaimer), file.RelativePath, line, context) is { } document
            && CalloutCheck.Run(document, file.RelativePath, line, context)
            && MarkdownGuard.Run(() => MarkdownHtml.RenderFragment(disclaimer), file.RelativePath, line, context) is not null;
    }

    private static MarkdownDocument? ParseBody(ContentFile file, FrontMatterBlock block, BuildContext context)
    {
        if (!MarkdownGuard.CheckBeforeParsing(block.Body, file.RelativePath, block.BodyLine, context)
            || MarkdownGuard.Run(() => MarkdownHtml.Parse(block.Body), file.RelativePath, block.BodyLine, context) is not { } document
            || !CalloutCheck.Run(document, file.RelativePath, block.BodyLine, context))
        {
            return null;
        }

        // A section's body sits under the h2 of its title; a page's, under the h1 of its own.
        CalloutHeading.SetOuterLevel(document, file.Kind == ContentKind.Section ? ParsedSection.TitleLevel : ParsedPage.TitleLevel);
        return document;
    }
}
