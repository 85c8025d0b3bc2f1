using System.Collections.Immutable;
using System.Text;
using CsCheck;
using KratomArticle.Rendering;
using KratomArticle.Themes.Default;
using KratomArticle.Themes.Minimal;
using KratomArticle.Theming;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace KratomArticle.Tests.Rendering;

/// <summary>kratom's theme renderer writes the bytes Blazor's own <c>HtmlRenderer</c> writes for the same components and parameters.</summary>
public sealed class ThemeRendererTests
{
    // Text with what HTML and JSON must escape, non-ASCII letters, a pair of surrogates and line separators.
    private static readonly Gen<string> Text = Gen.OneOf("a", "Kratom", " ", "é", "😀", "<", ">", "&", "&amp;", "\"", "'", "</script>", "\u00A0", "\u2028", "\n", "/", "\\")
        .Array[0, 12].Select(string.Concat);

    private static readonly Gen<string?> OptionalText = Gen.Frequency<string?>((1, Gen.Const((string?)null)), (3, Text.Select(t => (string?)t)));

    private static readonly Gen<DateOnly?> Date = Gen.Frequency<DateOnly?>(
        (1, Gen.Const((DateOnly?)null)), (3, Gen.Int[0, 20_000].Select(d => (DateOnly?)DateOnly.FromDayNumber(730_000 + d))));

    private static readonly Gen<string> Html = Gen.OneOf("<p>Text.</p>", "<h2 id=\"a\">A &amp; B</h2>\n<p>Ü <em>x</em></p>", "", "<ul>\n<li>one</li>\n</ul>\n");

    private static readonly Gen<SiteInfo> Site =
        Gen.Select(Text, Text, Gen.OneOf("", "https://example.org/"), Gen.OneOf("en", "de-CH"), OptionalText, Gen.OneOf<string?>(null, "about/"))
            .Select((title, description, baseUrl, language, author, about) => new SiteInfo(title, description, baseUrl, language, author) { AboutPath = about });

    private static readonly IReadOnlyDictionary<string, string> Assets = new Dictionary<string, string>
    {
        ["site.css"] = "site.0123456789.css",
        ["site.js"] = "site.0123456789.js",
        ["favicon.svg"] = "favicon.0123456789.svg",
        ["minimal.css"] = "minimal.0123456789.css",
    };

    private static readonly Gen<PageLinks> Links =
        Gen.Select(Gen.OneOf("", "../", "/blog/"), Gen.OneOf<string?>(null, "https://example.org/a/"), Gen.OneOf<string?>(null, "feed.xml"))
            .Select((root, canonical, feed) => new PageLinks(root, canonical, Assets, feed));

    private static readonly Gen<ImmutableArray<TocEntry>> Contents = Gen.Recursive<ImmutableArray<TocEntry>>((depth, inner) =>
        Gen.Select(Text, Text, depth < 3 ? inner : Gen.Const(ImmutableArray<TocEntry>.Empty))
            .Select((id, text, children) => new TocEntry(id, text, depth + 2, children))
            .Array[0, 4].Select(entries => entries.ToImmutableArray()));

    private static readonly Gen<Reference> AReference =
        Gen.Select(Text, Gen.Int[1, 99], Html, OptionalText, Text.Array[0, 3], OptionalText, Gen.OneOf<string?>(null, "10.1000/x y", "10.1/ä"), Gen.OneOf<string?>(null, "31234567"))
            .Select((id, number, html, url, citations, text, doi, pmid) => new Reference(id, number, html, url, [.. citations]) { Text = text, Doi = doi, Pmid = pmid });

    private static readonly Gen<ArticleView> Article =
        Gen.Select(Site, Links, Text, Text, OptionalText, Date, Date, Date)
            .SelectMany((site, links, title, description, author, published, updated, reviewed) =>
                Gen.Select(Gen.Int[1, 90], Gen.OneOf<string?>(null, "<p>Not advice.</p>"), Html, Gen.Select(Text, Text, Html, (id, t, h) => new ArticleSection(id, t, h)).Array[0, 3], Contents, AReference.Array[0, 3])
                    .SelectMany((minutes, disclaimer, lead, sections, contents, references) =>
                        Gen.Select(
                            Gen.Frequency<ShareImage?>((1, Gen.Const((ShareImage?)null)), (1, Gen.Select(Text, Gen.Int[1, 2000], (alt, size) => (ShareImage?)new ShareImage("https://example.org/i.png", alt, size, size / 2, "image/png")))),
                            Gen.Select(Text, OptionalText, OptionalText, (name, credentials, url) => new Reviewer(name, credentials, url)).Array[0, 2],
                            Date)
                        .Select((image, reviewers, nextReview) => new ArticleView(site, links, title, description, author, published, updated, reviewed, updated ?? reviewed ?? published,
                            minutes, disclaimer, lead, [.. sections], contents, [.. references])
                        { Image = image, ReviewedBy = [.. reviewers], NextReview = nextReview })));

    [Fact]
    public void The_default_themes_article_page_is_rendered_as_Blazor_renders_it() =>
        Article.Sample(view => AssertSameHtml(typeof(Themes.Default.ArticlePage), view), iter: 300);

    [Fact]
    public void The_minimal_themes_article_page_is_rendered_as_Blazor_renders_it() =>
        Article.Sample(view => AssertSameHtml(typeof(MinimalArticle), view), iter: 300);

    [Fact]
    public void Both_themes_not_found_pages_are_rendered_as_Blazor_renders_them() =>
        Gen.Select(Site, Links, (site, links) => new NotFoundView(site, links)).Sample(view =>
        {
            AssertSameHtml(typeof(NotFoundPage), view);
            AssertSameHtml(typeof(MinimalNotFound), view);
        }, iter: 100);

    [Fact]
    public void Attributes_void_elements_script_text_fragments_and_child_components_are_written_as_Blazor_writes_them()
    {
        var html = AssertSameHtml(typeof(MarkupSample), "<x> & \"y\" é");

        Assert.Equal(
            "<div hidden data-n=\"42\" title=\"&lt;x&gt; &amp; &quot;y&quot; é\"><br /><span></span>"
            + "<script>\\u003Cx\\u003E \\u0026 \\u0022y\\u0022 \\u00E9\\u003Cx\\u003E \\u0026 \\u0022y\\u0022 \\u00E9"
            + "<template title=\"\\u003Cx\\u003E \\u0026 \\u0022y\\u0022 \\u00E9\"></template></script>"
            + "<b>&lt;x&gt; &amp; &quot;y&quot; é</b>"
            + "<i class=\"child\">fragment</i><em>raw</em></div>",
            html);
    }

    [Fact]
    public void A_renderer_whose_last_page_failed_inside_a_script_renders_the_next_page_as_a_new_renderer_does()
    {
        using var renderer = new ThemeRenderer();
        using var fresh = new ThemeRenderer();

        Assert.Throws<InvalidOperationException>(() => renderer.Render(typeof(FailingInScript), "<x>"));

        Assert.Equal(fresh.Render(typeof(MarkupSample), "<x>"), renderer.Render(typeof(MarkupSample), "<x>"));
    }

    [Fact]
    public void An_element_left_open_is_refused_rather_than_written_without_end()
    {
        using var renderer = new ThemeRenderer();

        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(typeof(LeavesElementOpen), "page"));

        Assert.Contains("left an open Element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_that_is_not_a_theme_component_is_refused_with_its_name()
    {
        using var renderer = new ThemeRenderer();

        var error = Assert.Throws<InvalidOperationException>(() => renderer.Render(typeof(HostOfPlainComponent), "page"));

        Assert.Contains(typeof(PlainComponent).FullName!, error.Message, StringComparison.Ordinal);
    }

    private static string AssertSameHtml(Type component, object page)
    {
        using var renderer = new ThemeRenderer();
        var ours = Encoding.UTF8.GetString(renderer.Render(component, page));
        Assert.Equal(RenderWithBlazor(component, page), ours);
        return ours;
    }

    private static string RenderWithBlazor(Type component, object page)
    {
        using var renderer = new HtmlRenderer(new EncoderServices(), NullLoggerFactory.Instance);
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page }));
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
    }

    /// <summary>Blazor's renderer with the encoder kratom's uses, which leaves non-ASCII text as it is.</summary>
    private sealed class EncoderServices : IServiceProvider
    {
        public object? GetService(Type serviceType) =>
            serviceType == typeof(System.Text.Encodings.Web.HtmlEncoder) ? ThemeRenderer.HtmlEncoder : null;
    }

    /// <summary>Each kind of frame a theme's markup makes, built by hand as Razor would build it.</summary>
    private sealed class MarkupSample : ThemeComponent
    {
        [Parameter]
        public required string Page { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            builder.AddAttribute(1, "hidden", true);
            builder.AddAttribute(2, "inert", false);
            builder.AddAttribute(3, "lang", (object?)null);
            builder.AddAttribute(4, "data-n", 42);
            builder.AddAttribute(5, "title", Page);
            builder.AddAttribute(6, "onclick", () => { });
            builder.OpenElement(7, "br");
            builder.CloseElement();
            builder.OpenElement(8, "span");
            builder.CloseElement();
            builder.OpenElement(9, "script");
            builder.AddContent(10, Page);
            builder.OpenComponent<TextSample>(17);
            builder.AddComponentParameter(18, nameof(TextSample.Text), Page);
            builder.CloseComponent();
            builder.OpenElement(19, "template");
            builder.AddAttribute(20, "title", Page);
            builder.CloseElement();
            builder.CloseElement();
            builder.OpenElement(11, "b");
            builder.AddContent(12, Page);
            builder.CloseElement();
            builder.OpenComponent<ChildSample>(13);
            builder.AddComponentParameter(14, nameof(ChildSample.Class), "child");
            builder.AddComponentParameter(15, nameof(ChildSample.ChildContent), (RenderFragment)(inner => inner.AddContent(0, "fragment")));
            builder.CloseComponent();
            builder.AddMarkupContent(16, "<em>raw</em>");
            builder.CloseElement();
        }
    }

    private sealed class ChildSample : ThemeComponent
    {
        [Parameter]
        public required string Class { get; set; }

        [Parameter]
        public RenderFragment? ChildContent { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "i");
            builder.AddAttribute(1, "class", Class);
            builder.AddContent(2, ChildContent);
            builder.CloseElement();
        }
    }

    private sealed class TextSample : ThemeComponent
    {
        [Parameter]
        public required string Text { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddContent(0, Text);
    }

    private sealed class FailingInScript : ThemeComponent
    {
        [Parameter]
        public required string Page { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "script");
            builder.OpenComponent<TextSample>(1);
            builder.AddComponentParameter(2, nameof(TextSample.Text), Page);
            builder.CloseComponent();
            builder.OpenComponent<FailingComponent>(3);
            builder.CloseComponent();
            builder.CloseElement();
        }
    }

    private sealed class LeavesElementOpen : ThemeComponent
    {
        [Parameter]
        public required string Page { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "div");
            builder.AddContent(1, Page);
        }
    }

    private sealed class FailingComponent : ThemeComponent
    {
        protected override void BuildRenderTree(RenderTreeBuilder builder) => throw new InvalidOperationException("A theme's bug.");
    }

    private sealed class HostOfPlainComponent : ThemeComponent
    {
        [Parameter]
        public required string Page { get; set; }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<PlainComponent>(0);
            builder.CloseComponent();
        }
    }

    private sealed class PlainComponent : ComponentBase;
}
