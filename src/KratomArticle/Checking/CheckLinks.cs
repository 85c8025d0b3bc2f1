using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Parser;
using KratomArticle.Article;
using KratomArticle.Engine;
using KratomArticle.Output;

namespace KratomArticle.Checking;

/// <summary>
/// Validates the built site before it is written: every internal link and image resolves to a file of the
/// site, every <c>#fragment</c> (in-page or on another page) to an element id there, and no page repeats an id.
/// Problems are reported at the Markdown line of the link when it came from Markdown.
/// </summary>
public sealed class CheckLinks(ImmutableArray<PageSource> pages, string basePath) : IModule<ImmutableArray<OutputFile>, int>
{
    private static readonly string[] LinkAttributes = ["href", "src"];
    private static readonly Uri SiteOrigin = new("http://site.invalid/");

    public int Run(ImmutableArray<OutputFile> files, BuildContext context)
    {
        var sourceLinks = new SourceLinks(pages);
        var sourceFiles = pages.ToDictionary(p => p.OutputPath, p => p.Page.File.RelativePath, StringComparer.Ordinal);
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var parsed = files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal))
            .AsParallel().AsOrdered()
            .Select(f => ParsedPage.Parse(f))
            .ToDictionary(p => p.Path, StringComparer.Ordinal);

        var problems = 0;
        foreach (var page in parsed.Values)
        {
            var fallback = SourceLocation.StartOf(sourceFiles.GetValueOrDefault(page.Path) ?? page.Path);
            foreach (var duplicate in page.DuplicateIds)
            {
                problems++;
                context.Report(Diagnostic.Error(DiagnosticCodes.DuplicateElementId, $"The id '{duplicate}' is used more than once on {page.Path}.", fallback));
            }

            foreach (var url in page.Links)
            {
                if (Resolve(page.Path, url, paths, parsed) is { } problem)
                {
                    problems++;
                    var location = sourceLinks.Find(page.Path, url);
                    var origin = location is null ? " (in the theme's markup)" : "";
                    context.Report(Diagnostic.Error(DiagnosticCodes.BrokenLink, $"The link '{url}'{origin} {problem}.", location ?? fallback));
                }
            }
        }

        return problems;
    }

    /// <summary>Returns what is wrong with the link, or <see langword="null"/> when it resolves.</summary>
    private string? Resolve(string pagePath, string url, HashSet<string> paths, Dictionary<string, ParsedPage> parsed)
    {
        if (IsExternal(url))
        {
            return null;
        }

        Uri resolved;
        try
        {
            resolved = new Uri(new Uri(SiteOrigin, pagePath), url.StartsWith('/') ? "/" + StripBasePath(url) : url);
        }
        catch (UriFormatException)
        {
            return "is not a valid URL";
        }

        var target = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
        if (target.Length == 0 || target.EndsWith('/'))
        {
            target += "index.html";
        }
        else if (!paths.Contains(target) && paths.Contains(target + "/index.html"))
        {
            target += "/index.html";
        }

        if (!paths.Contains(target))
        {
            return $"points to {target}, which the site does not have";
        }

        var fragment = resolved.Fragment.TrimStart('#');
        if (fragment.Length == 0 || !parsed.TryGetValue(target, out var targetPage))
        {
            return null;
        }

        var id = Uri.UnescapeDataString(fragment);
        return targetPage.Ids.Contains(id) ? null : $"points to #{id}, but {target} has no element with that id";
    }

    private string StripBasePath(string url) =>
        url.StartsWith(basePath, StringComparison.Ordinal) ? url[basePath.Length..] : url.TrimStart('/');

    private static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal) || (url.IndexOf(':', StringComparison.Ordinal) is var colon and > 0 && !url[..colon].Contains('/') && !url[..colon].Contains('#'));

    private sealed record ParsedPage(string Path, HashSet<string> Ids, ImmutableArray<string> DuplicateIds, ImmutableArray<string> Links)
    {
        public static ParsedPage Parse(OutputFile file)
        {
            var document = new HtmlParser().ParseDocument(Encoding.UTF8.GetString(file.Content.Span));
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var duplicates = ImmutableArray.CreateBuilder<string>();
            var links = ImmutableArray.CreateBuilder<string>();
            foreach (var element in document.All)
            {
                if (element.Id is { Length: > 0 } id && !ids.Add(id))
                {
                    duplicates.Add(id);
                }

                foreach (var attribute in LinkAttributes)
                {
                    if (element.GetAttribute(attribute) is { Length: > 0 } url)
                    {
                        links.Add(url);
                    }
                }
            }

            return new ParsedPage(file.Path, ids, duplicates.ToImmutable(), links.ToImmutable());
        }
    }
}
