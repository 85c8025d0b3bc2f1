using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;

namespace KratomArticle.NewSite;

/// <summary>The files <c>kratom init</c> writes: a site that builds and checks clean before any edit.</summary>
public static class NewSiteFiles
{
    private const string ResourcePrefix = "new-site/";

    /// <summary>Each file's path under the new site's root, with <c>/</c> separators, and its text.</summary>
    /// <param name="today">The date written as the article's <c>published</c> date.</param>
    public static ImmutableArray<(string Path, string Text)> For(DateOnly today)
    {
        var assembly = typeof(NewSiteFiles).Assembly;
        return
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(name => (PathOf(name[ResourcePrefix.Length..]), Read(assembly, name).Replace("{{today}}", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal))),
        ];
    }

    // A file named .gitignore in the source tree would apply to the repository itself, so it is kept without its dot.
    private static string PathOf(string name) => name == "gitignore" ? ".gitignore" : name;

    private static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        return reader.ReadToEnd();
    }
}
