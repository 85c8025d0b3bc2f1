using System.Globalization;
using System.Text;

namespace KratomArticle.Benchmarks;

/// <summary>
/// Deterministic Markdown pages for the benchmarks: front matter, about 1,500 words under five <c>##</c> headings
/// (two with the same text), with emphasis, strong text, inline code and a list. The same seed gives the same bytes.
/// </summary>
internal static class SyntheticPages
{
    public const string Folder = "pages";

    private const int ParagraphsPerSection = 5;
    private const int WordsPerParagraph = 58;

    private static readonly string[] Headings = ["Overview", "What the evidence says", "Risks and interactions", "Overview", "Summary"];

    private static readonly string[] Words =
    [
        "kratom", "alkaloid", "receptor", "dopamine", "serotonin", "impulse", "control", "evidence", "research", "clinical",
        "trial", "behaviour", "emotional", "regulation", "tolerance", "dependence", "mitragynine", "dose", "effect", "brain",
        "reward", "pathway", "study", "patients", "reported", "people", "may", "the", "and", "of", "with", "in", "a", "to",
    ];

    /// <summary>The path of page <paramref name="number"/> under the content folder.</summary>
    public static string PathOf(int number) => $"{Folder}/p{number:D5}.md";

    /// <summary>The URL path the page is published at by both generators.</summary>
    public static string UrlOf(int number) => $"/{Folder}/p{number:D5}/";

    public static string Page(int number)
    {
        var random = new Random(number);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Synthetic page {number}\ndescription: A generated page for the benchmarks, number {number}.\npublished: 2024-01-{1 + (number % 28):D2}\n---\n\n");
        for (var section = 0; section < Headings.Length; section++)
        {
            text.Append("## ").Append(Headings[section]).Append("\n\n");
            for (var paragraph = 0; paragraph < ParagraphsPerSection; paragraph++)
            {
                AppendParagraph(text, random);
            }

            if (section == 2)
            {
                for (var item = 0; item < 4; item++)
                {
                    text.Append("- ").Append(Pick(random)).Append(' ').Append(Pick(random)).Append(" and `").Append(Pick(random)).Append("`\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    private static void AppendParagraph(StringBuilder text, Random random)
    {
        for (var word = 0; word < WordsPerParagraph; word++)
        {
            var next = Pick(random);
            text.Append(word switch
            {
                0 => char.ToUpperInvariant(next[0]) + next[1..],
                7 => $"*{next}*",
                19 => $"**{next}**",
                31 => $"`{next}`",
                _ => next,
            });
            text.Append(word == WordsPerParagraph - 1 ? ".\n\n" : " ");
        }
    }

    private static string Pick(Random random) => Words[random.Next(Words.Length)];
}
