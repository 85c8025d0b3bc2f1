namespace KratomArticle.Testing;

/// <summary>
/// A small health article with what careful readers look for: two reviewers (one with a page about them), sources
/// with a DOI, a PubMed id and a URL, a key points box and a warning box. Tests of those features, and the browser
/// checks of how they look, build it.
/// </summary>
internal static class ReviewedArticle
{
    public static TestSite Create()
    {
        var site = TestSite.Empty();
        site.Write("site.yml", """
            title: Test site
            base-url: https://example.org/
            review-every: 12 months
            """);
        site.Write("index.md", """
            ---
            title: Caffeine and sleep
            description: A test article that has been reviewed and cites its sources.
            author: Test Author
            published: 2025-01-10
            reviewed: 2025-02-15
            reviewed-by:
              - name: Jane Doe
                credentials: MD, MPH
                url: https://example.org/jane-doe
              - name: John Roe
                credentials: PhD
            references:
              - text: Smith J, et al. Caffeine use and mood. Journal of Example Studies. 2021;12(3):45-67.
                doi: 10.1000/xyz123
              - text: Doe A. Adenosine pharmacology. Example Reviews. 2019.
                pmid: 31234567
              - text: World Health Organization. Caffeine fact sheet. 2024.
                url: https://example.org/who/caffeine
            ---
            ::: key-points
            - Caffeine blocks adenosine, which builds up while you are awake.
            - A cup in the afternoon can still be in your body at bedtime.
            :::

            Caffeine is the most widely used stimulant in the world. This article explains how it affects sleep.
            """);
        site.Write("01-effects.md", """
            ---
            title: Effects
            ---
            Caffeine blocks adenosine receptors. Its effect peaks after about an hour.

            ::: warning Seek help at once
            If your heart races or you feel faint after a large dose, call your local emergency number.
            :::

            ### How long it lasts

            Half of a dose is still in the body five hours later.
            """);
        return site;
    }
}
