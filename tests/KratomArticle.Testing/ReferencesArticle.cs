namespace KratomArticle.Testing;

/// <summary>
/// A small article that cites its sources: footnotes in the lead and in two sections (each section
/// using the label <c>[^1]</c>), a footnote cited twice, and references listed in the front matter.
/// It also uses the Markdown the theme styles: a table, a quotation, lists, code, an image and h3 and h4 headings.
/// The real article has no citations, so this is what tests of references and of the theme's markup build.
/// </summary>
internal static class ReferencesArticle
{
    public static TestSite Create()
    {
        var site = TestSite.Empty();
        site.Write("index.md", """
            ---
            title: Caffeine and sleep
            description: A test article with citations in every section.
            author: Test Author
            published: 2025-01-10
            updated: 2025-03-01
            reviewed: 2025-02-15
            disclaimer: This is test content, not medical advice.
            references:
              - text: World Health Organization. Caffeine fact sheet. 2024.
                url: https://example.org/who/caffeine
              - text: A printed handbook with no web address.
            ---
            Caffeine is widely consumed.[^1] This lead paragraph cites a source.

            [^1]: Smith J. Coffee habits. *Journal of Tests*. 2020.
            """);
        site.Write("01-effects.md", """
            ---
            title: Effects
            ---
            Caffeine blocks adenosine receptors.[^1] Its effect peaks after about an hour.[^peak]
            The same source is cited again here.[^1]

            ### Details

            | Dose | Effect |
            |---|---|
            | 50 mg | mild |

            > A quotation from a source.

            - item one
            - item two

            ![A bar chart of doses](chart.svg){width=320 height=160}

            [^1]: First section's footnote.
            [^peak]: A footnote with a [link](https://example.org/peak).
            """);
        site.Write("02-advice.md", """
            ---
            title: Advice
            ---
            Avoid caffeine in the evening.[^1]

            ### Notes

            #### In short

            Write `code` sparingly.

            [^1]: Second section's footnote, with the same label as the first section's.
            """);
        site.Write("chart.svg", """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 160"><rect width="320" height="160" fill="#ddd"/><rect x="20" y="60" width="60" height="100" fill="#555"/></svg>""");
        return site;
    }
}
