using System.Net;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Markdown.HeadingAnchors;
using KratomArticle.Theming;

namespace KratomArticle.Article;

/// <summary>Renders a section: the <c>h2</c> of its title, with its permalink, then its Markdown.</summary>
internal static class RenderSection
{
    /// <param name="title">The section's title with the id the page gave it.</param>
    /// <returns><see langword="null"/> when the section cannot be rendered (reported on the context).</returns>
    public static ArticleSection? Run(ParsedSection section, PageHeading title, PageAnchors anchors, BuildContext context)
    {
        if (RenderPageFile.Run(section, anchors, context) is not { } body)
        {
            return null;
        }

        using var html = new StringWriter();
        HeadingAnchorMarkup.WriteStart(html, ParsedSection.TitleLevel, title.Id);
        html.Write(WebUtility.HtmlEncode(title.Text));
        HeadingAnchorMarkup.WriteEnd(html, ParsedSection.TitleLevel, title.Id, title.Text);
        html.Write(body);
        return new ArticleSection(title.Id, section.FrontMatter.Title, html.ToString());
    }
}
