using System.Collections.Immutable;
using KratomArticle.Article;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Output;
using KratomArticle.Rendering;
using KratomArticle.Theming;

namespace KratomArticle.Testing;

/// <summary>
/// What the fuzzer runs on each input, and what the fuzz regression tests replay. The bytes go through the
/// site's modules twice, as a page's <c>index.md</c> and as a numbered section of a page, from decoding to the
/// theme and the link check. Content problems are diagnostics; an exception, or a site that would be
/// written with broken headings or table of contents, is a bug, and escapes as an exception.
/// </summary>
public static class FuzzTarget
{
    private const string PagePath = "index.md";
    private const string SectionPath = "01-section.md";
    private const string HostPage = "---\ntitle: Host\ndescription: The page a fuzzed section belongs to.\n---\nLead.\n";

    private static readonly SiteSettings Settings = new("Fuzz", "", new Uri("https://example.org/"), "en", null);
    private static readonly ImmutableArray<ThemeAsset> ThemeAssets = new LoadThemeAssets().Run(Path.Combine(AppContext.BaseDirectory, "theme-assets"), NewContext());

    public static void Run(ReadOnlySpan<byte> input)
    {
        BuildAsPage(input);
        BuildAsSection(input);
    }

    private static void BuildAsPage(ReadOnlySpan<byte> input)
    {
        var context = NewContext();
        if (Parse(PagePath, input, context) is ParsedPage page)
        {
            Build(context.Run(new AssemblePages(), [page]), context);
        }
    }

    private static void BuildAsSection(ReadOnlySpan<byte> input)
    {
        var context = NewContext();
        var host = (ParsedPage)ParseMarkdownFiles.Parse(ContentFileAt(PagePath), HostPage, context)!;
        if (Parse(SectionPath, input, context) is ParsedSection section)
        {
            // Put together by hand: AssemblePages checks on disk that a section has an index.md beside it.
            Build([new PageSource(host, [section], PageSource.UrlPathFor(host.File.PageKey))], context);
        }
    }

    /// <summary>The modules of <see cref="SitePipeline"/> after the files are read, in the same order.</summary>
    private static void Build(ImmutableArray<PageSource> pages, BuildContext context)
    {
        var articles = context.Run(new RenderArticleBodies(), pages);
        articles = context.Run(new BuildTableOfContents(), articles);
        if (context.HasErrors)
        {
            return;
        }

        foreach (var article in articles)
        {
            CheckHeadings(article);
        }

        ImmutableArray<OutputFile> output =
        [
            .. context.Run(new RenderTheme(Settings, ThemeAssets), articles),
            .. context.Run(new WriteSiteFiles(Settings, ThemeAssets, []), articles),
        ];
        context.Run(new CheckLinks(pages, Settings.BaseUrl!.AbsolutePath), output);
    }

    /// <summary>The page would be written: its heading ids must be unique fragments, and its table of contents must link only to them.</summary>
    private static void CheckHeadings(RenderedArticle article)
    {
        var ids = new HashSet<string>(PageElementIds.All, StringComparer.Ordinal);
        foreach (var heading in article.Headings)
        {
            if (heading.Id.Length == 0 || heading.Id.Any(c => char.IsWhiteSpace(c) || c == '#') || !ids.Add(heading.Id))
            {
                throw new InvalidOperationException($"Heading '{heading.Text}' was given the id '{heading.Id}', which is empty, not a fragment or already used on the page.");
            }
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in Flatten(article.TableOfContents))
        {
            if (!ids.Contains(entry.Id) || !linked.Add(entry.Id))
            {
                throw new InvalidOperationException($"The table of contents links to '#{entry.Id}', which is not a heading of the page or is linked twice.");
            }
        }
    }

    private static IEnumerable<TocEntry> Flatten(IEnumerable<TocEntry> entries) =>
        entries.SelectMany(e => Flatten(e.Children).Prepend(e));

    private static ParsedMarkdown? Parse(string path, ReadOnlySpan<byte> input, BuildContext context) =>
        SourceText.Decode(input, path, context) is { } text ? ParseMarkdownFiles.Parse(ContentFileAt(path), text, context) : null;

    private static ContentFile ContentFileAt(string path) => ContentFile.Classify(path, Path.Combine("/fuzz/content", path));

    private static BuildContext NewContext() => new(new BuildOptions("/fuzz", "/fuzz/content", null, IncludeDrafts: true), BuildLog.Silent);
}
