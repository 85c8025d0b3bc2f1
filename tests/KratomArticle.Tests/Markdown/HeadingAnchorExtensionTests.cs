using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.Callouts;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Markdown.References;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace KratomArticle.Tests.Markdown;

/// <summary><c>UseHeadingAnchors()</c> is a Markdig extension: the order of the <c>Use…</c> calls cannot lose a heading's id or permalink, and adding it twice adds it once.</summary>
public sealed class HeadingAnchorExtensionTests
{
    private const string Text = """
        ## Intro

        ## Intro

        ## Dosage {#custom}

        ::: warning
        ### Inside a callout

        Cited.[^1]
        :::

        ^^^
        ![A chart](chart.png)
        ^^^ A figure

        ## Ελληνικά

        [^1]: A source.
        """;

    private static readonly string[] ExpectedIds = ["intro", "intro-1", "custom", "inside-a-callout", "ελληνικά"];

    private static readonly (string Name, Func<MarkdownPipelineBuilder, MarkdownPipelineBuilder> Use)[] Extensions =
    [
        ("anchors", b => b.UseHeadingAnchors()),
        ("attributes", b => b.UseGenericAttributes()),
        ("figures", b => b.UseFigures()),
        ("callouts", b => b.UseCallouts()),
        ("footnotes", b => b.UseFootnotes()),
        ("gathered", b => b.UseGatheredFootnotes()),
    ];

    /// <summary>Every rotation of the extensions, forwards and backwards: each extension comes first and last at least once, before and after every other.</summary>
    public static TheoryData<string> Orders()
    {
        var names = Extensions.Select(e => e.Name).ToArray();
        var orders = new TheoryData<string>();
        foreach (var list in new[] { names, [.. names.Reverse()] })
        {
            for (var start = 0; start < list.Length; start++)
            {
                orders.Add(string.Join(' ', list[start..].Concat(list[..start])));
            }
        }

        return orders;
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Ids_and_permalinks_survive_any_order_of_the_extensions(string order)
    {
        var pipeline = Build(order.Split(' '));

        var headings = RenderPage(pipeline, Text).QuerySelectorAll("h2, h3:not(.callout-title)").ToArray();

        Assert.Equal(ExpectedIds, headings.Select(h => h.Id));
        Assert.All(headings, h => Assert.Equal(
            ["#" + Uri.EscapeDataString(h.Id!)], h.ParentElement!.QuerySelectorAll("a.heading-anchor").Select(a => a.GetAttribute("href"))));
    }

    [Fact]
    public void Calling_it_twice_adds_it_once()
    {
        var builder = new MarkdownPipelineBuilder().UseHeadingAnchors().UseGenericAttributes().UseHeadingAnchors();
        var pipeline = builder.Build();

        Assert.Single(builder.Extensions.OfType<HeadingAnchorExtension>());
        var page = RenderPage(pipeline, "## Intro\n\n### Detail {#detail}\n");
        Assert.Equal(["intro", "detail"], page.QuerySelectorAll("[id]").Select(h => h.Id));
        Assert.Equal(2, page.QuerySelectorAll("a.heading-anchor").Length);
    }

    [Fact]
    public void Setting_a_renderer_up_twice_puts_one_anchor_renderer_in_it()
    {
        var pipeline = Build(["anchors"]);
        var renderer = new PageHtmlRenderer(new StringWriter());

        pipeline.Setup(renderer);
        pipeline.Setup(renderer);

        Assert.Single(renderer.ObjectRenderers.OfType<HeadingAnchorRenderer>());
        Assert.Empty(renderer.ObjectRenderers.OfType<HeadingRenderer>());
    }

    [Fact]
    public void Without_a_heading_renderer_to_replace_it_still_renders_the_headings()
    {
        var pipeline = Build(["anchors"]);
        var document = Markdig.Markdown.Parse("## Intro\n", pipeline);
        var renderer = new PageHtmlRenderer(new StringWriter());
        renderer.ObjectRenderers.RemoveAll(r => r is HeadingRenderer);

        pipeline.Setup(renderer);
        renderer.Begin(TestAnchors.Of(document));
        renderer.Render(document);

        var page = new HtmlParser().ParseDocument(renderer.Html.ToString());
        Assert.Equal("intro", page.QuerySelector("h2")?.Id);
        Assert.Equal("#intro", page.QuerySelector("a.heading-anchor")?.GetAttribute("href"));
    }

    [Fact]
    public void Markdown_that_is_not_a_pages_file_keeps_markdigs_headings()
    {
        var html = Markdig.Markdown.ToHtml("## Intro {#intro-id}\n", Build(["anchors", "attributes"]));

        Assert.Equal("<h2 id=\"intro-id\">Intro</h2>\n", html);
    }

    private static MarkdownPipeline Build(IEnumerable<string> order) =>
        order.Aggregate(new MarkdownPipelineBuilder(), (builder, name) => Extensions.Single(e => e.Name == name).Use(builder)).Build();

    /// <summary>Parses and renders one file as a page's file is: its headings given ids across it, its footnotes numbered.</summary>
    private static IDocument RenderPage(MarkdownPipeline pipeline, string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var renderer = new PageHtmlRenderer(new StringWriter());
        pipeline.Setup(renderer);
        renderer.Begin(TestAnchors.Of(document));
        renderer.Render(document);
        return new HtmlParser().ParseDocument(renderer.Html.ToString());
    }
}
