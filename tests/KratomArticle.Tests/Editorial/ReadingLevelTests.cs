using KratomArticle.Editorial;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Editorial;

/// <summary><c>check</c> prints each page's words, sentences and Flesch–Kincaid grade; a page above site.yml's <c>reading-grade</c> gets a warning.</summary>
public sealed class ReadingLevelTests : IDisposable
{
    // 4 words, 1 sentence, 10 syllables (caf-feine blocks a-de-no-sine re-cep-tors): 0.39 × 4 + 11.8 × 2.5 − 15.59 = 15.47.
    private const string HardSentence = "Caffeine blocks adenosine receptors.";

    private readonly TestSite _site = TestSite.Empty();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("the", 1)]
    [InlineData("cake", 1)]
    [InlineData("table", 2)]
    [InlineData("happy", 2)]
    [InlineData("yellow", 2)]
    [InlineData("adenosine", 4)]
    [InlineData("readability", 5)]
    [InlineData("2024", 1)]
    public void Syllables_are_groups_of_vowels_less_a_silent_ending(string word, int syllables)
    {
        Assert.Equal(syllables, CountReadingLevel.SyllablesOf(word));
    }

    [Theory]
    [InlineData("The cat sat on the mat. It was happy.", 9, 2, 10)]
    [InlineData("Eat fruit, e.g. apples. Then rest!", 6, 2, 7)]
    [InlineData("A list item without a full stop", 7, 1, 9)]
    [InlineData("Is it safe? \"Yes.\" (Mostly.)", 5, 3, 6)]
    [InlineData("— … —", 0, 0, 0)]
    public void Sentences_end_at_a_stop_before_a_capital_or_the_paragraphs_end(string text, int words, int sentences, int syllables)
    {
        Assert.Equal(new ReadingLevel(words, sentences, syllables), CountReadingLevel.Of(text));
    }

    [Fact]
    public void Check_prints_each_pages_words_sentences_and_grade_from_its_prose_alone()
    {
        _site.Write("index.md", $"""
            ---
            title: Caffeine
            description: d
            ---
            {HardSentence}[^1]

            ## A heading is not prose

            ```
            code is not prose either.
            ```

            ::: note
            Read `this` and <https://example.org>.
            :::

            [^1]: Nor is a footnote. It has sentences.
            """);
        _site.Write("about.md", "---\ntitle: About\ndescription: d\n---\nThe cat sat on the mat. It was happy.\n");

        var run = CliRun.Start(_site.Root, "check");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "Reading level (Flesch-Kincaid grade):",
                "  content/about.md: 9 words, 2 sentences, grade -0.7",
                // The callout's "Read and ." adds two words of a syllable each in a sentence: 0.39 × 3 + 11.8 × 12 / 6 − 15.59 = 9.18.
                "  content/index.md: 6 words, 2 sentences, grade 9.2",
            ],
            lines[..3]);
    }

    [Fact]
    public void A_page_above_the_sites_reading_grade_gets_a_warning_naming_it_and_its_grade()
    {
        _site.Write("site.yml", "title: Test site\nbase-url: https://example.org/\nreading-grade: 8\n");
        _site.Write("index.md", $"---\ntitle: Caffeine\ndescription: d\n---\n{HardSentence}\n");
        _site.Write("about.md", "---\ntitle: About\ndescription: d\n---\nThe cat sat on the mat. It was happy.\n");

        var run = CliRun.Start(_site.Root, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            ["content/index.md(1,1): warning KA0602: index.md reads at Flesch-Kincaid grade 15.5, above the site's reading-grade of 8: shorter sentences and shorter words bring it down."],
            run.ErrorLines);
    }

    [Fact]
    public void Without_a_reading_grade_no_page_is_warned_about()
    {
        _site.Write("index.md", $"---\ntitle: Caffeine\ndescription: d\n---\n{HardSentence}\n");

        var run = CliRun.Start(_site.Root, "check");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.ErrorLines);
        Assert.Contains("  content/index.md: 4 words, 1 sentence, grade 15.5", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_warns_about_a_page_above_the_reading_grade_too()
    {
        _site.Write("site.yml", "title: Test site\nbase-url: https://example.org/\nreading-grade: 8\n");
        _site.Write("index.md", $"---\ntitle: Caffeine\ndescription: d\n---\n{HardSentence}\n");

        var run = CliRun.Start(_site.Root, "build");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("warning KA0602: index.md reads at Flesch-Kincaid grade 15.5", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_of_a_site_without_a_reading_grade_does_not_measure_the_reading_level_which_nothing_would_use()
    {
        _site.Write("index.md", $"---\ntitle: Caffeine\ndescription: d\n---\n{HardSentence}\n");

        var (build, _) = SiteBuilder.Build(_site);

        Assert.True(build.Succeeded);
        Assert.Equal(ReadingLevel.None, Assert.Single(build.Pages).ReadingLevel);
    }
}
