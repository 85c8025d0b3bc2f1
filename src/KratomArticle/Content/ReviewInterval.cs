using System.Globalization;
using System.Text.RegularExpressions;

namespace KratomArticle.Content;

/// <summary>How long a page may go between reviews, from <c>review-every</c> in site.yml, written <c>N months</c> or <c>N years</c>.</summary>
internal sealed partial record ReviewInterval(int Months)
{
    /// <summary>Parses <c>6 months</c>, <c>1 year</c>, <c>2 years</c>…; <see langword="null"/> for anything else.</summary>
    public static ReviewInterval? Parse(string text)
    {
        var match = Form().Match(text);
        if (!match.Success || !int.TryParse(match.Groups["count"].Value, CultureInfo.InvariantCulture, out var count) || count == 0)
        {
            return null;
        }

        return new ReviewInterval(match.Groups["unit"].Value.StartsWith('y') ? count * 12 : count);
    }

    public DateOnly After(DateOnly date) => date.AddMonths(Months);

    [GeneratedRegex(@"^(?<count>\d{1,3}) +(?<unit>months?|years?)$")]
    private static partial Regex Form();
}
