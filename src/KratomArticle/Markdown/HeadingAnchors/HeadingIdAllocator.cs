using System.Text.RegularExpressions;

namespace KratomArticle.Markdown.HeadingAnchors;

/// <summary>
/// Hands out GitHub-style heading ids that are unique within one page: the slug of the text, then
/// <c>-1</c>, <c>-2</c>… for repeats. Explicit ids are claimed first so generated ones step around them.
/// </summary>
internal sealed partial class HeadingIdAllocator(IEnumerable<string> reservedIds)
{
    private const string EmptySlugFallback = "section";
    private readonly HashSet<string> _taken = new(reservedIds, StringComparer.Ordinal);

    // The next suffix to try for each slug, so a heading repeated n times costs n steps, not n².
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.Ordinal);

    /// <summary>Claims an explicit id; returns <see langword="false"/> when the page already uses it.</summary>
    public bool TryClaim(string id) => _taken.Add(id);

    /// <summary>Returns the first free id among the slug of <paramref name="text"/>, slug-1, slug-2…</summary>
    public string Allocate(string text)
    {
        var slug = Slugify(text);
        if (_taken.Add(slug))
        {
            return slug;
        }

        for (var n = _nextSuffix.GetValueOrDefault(slug, 1); ; n++)
        {
            var candidate = $"{slug}-{n}";
            if (_taken.Add(candidate))
            {
                _nextSuffix[slug] = n + 1;
                return candidate;
            }
        }
    }

    /// <summary>The GitHub slug of a heading's plain text (<see cref="GitHubSlug"/>); <c>section</c> when nothing is left of it.</summary>
    public static string Slugify(string text)
    {
        var slug = GitHubSlug.Of(text.Trim());
        return slug.Length == 0 ? EmptySlugFallback : slug;
    }

    /// <summary>Whether an author-given id can be used in a URL fragment as it is.</summary>
    public static bool IsValidExplicitId(string id) => ExplicitId().IsMatch(id);

    [GeneratedRegex(@"^[\p{L}\p{N}_][\p{L}\p{N}_.:-]*$")]
    private static partial Regex ExplicitId();
}
