using System.Text;
using KratomArticle.Engine;
using KratomArticle.Markdown;
using KratomArticle.Themes.Default;
using KratomArticle.Theming;

namespace KratomArticle.Testing;

/// <summary>
/// What the fuzzer runs on each input, and what the fuzz regression tests replay. The bytes go through the
/// whole site pipeline twice, as a page's <c>index.md</c> and as a numbered section of a page, from decoding to
/// the theme and the link check. Content problems are diagnostics; an exception, or a site that would be
/// written with empty, repeated or unusable heading ids, is a bug, and escapes as an exception.
/// </summary>
internal static class FuzzTarget
{
    private const string PagePath = "index.md";
    private const string SectionPath = "01-section.md";
    private const string HostPage = "---\ntitle: Host\ndescription: The page a fuzzed section belongs to.\n---\nLead.\n";
    private const string SiteSettings = "title: Fuzz\nbase-url: https://example.org/\n";

    // One site folder per process, laid anew for each input: the fuzzer runs inputs one at a time.
    private static readonly string Root = CreateRoot();

    public static void Run(ReadOnlySpan<byte> input)
    {
        Build((PagePath, input.ToArray()));
        Build((PagePath, Encoding.UTF8.GetBytes(HostPage)), (SectionPath, input.ToArray()));
    }

    /// <summary>Builds a site of the given content files through the real pipeline, in memory.</summary>
    private static void Build(params (string Path, byte[] Bytes)[] files)
    {
        var content = Path.Combine(Root, "content");
        if (Directory.Exists(content))
        {
            Directory.Delete(content, recursive: true);
        }

        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(content, "site.yml"), SiteSettings);
        foreach (var (path, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(content, path), bytes);
        }

        var context = new BuildContext(new BuildOptions(Root, content, null, IncludeDrafts: true, DefaultTheme.Instance), BuildLog.Silent);
        var build = SitePipeline.Build(context);
        foreach (var page in build.Pages)
        {
            CheckHeadings(page.Headings);
        }
    }

    /// <summary>
    /// The page would be written: its heading ids must be unique fragments that stay clear of the theme's own ids. Only a
    /// heading without text goes without an id (it is warned about, and neither listed nor linked).
    /// </summary>
    private static void CheckHeadings(IEnumerable<PageHeading> headings)
    {
        var ids = new HashSet<string>(DefaultTheme.Instance.ReservedIds, StringComparer.Ordinal);
        foreach (var heading in headings.Where(h => h.IsLinkable || h.Text.Length > 0))
        {
            if (heading.Id.Length == 0 || heading.Id.Any(c => char.IsWhiteSpace(c) || c == '#') || !ids.Add(heading.Id))
            {
                throw new InvalidOperationException($"Heading '{heading.Text}' was given the id '{heading.Id}', which is empty, not a fragment or already used on the page.");
            }
        }
    }

    private static string CreateRoot()
    {
        return Directory.CreateTempSubdirectory("kratom-fuzz-site-").FullName;
    }
}
