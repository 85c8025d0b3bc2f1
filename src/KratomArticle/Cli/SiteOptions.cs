using System.CommandLine;
using KratomArticle.Content;
using KratomArticle.Engine;
using KratomArticle.Themes.Default;

namespace KratomArticle.Cli;

/// <summary>The options every command that builds the site takes: where the site is and how to build it.</summary>
internal sealed class SiteOptions
{
    public Option<string?> Root { get; } = new("--root")
    {
        Description = "The site root, the folder that holds content/ (and, optionally, themes/Default/wwwroot/ to override the theme's files) [default: the nearest folder, from here up, that holds content/]",
        HelpName = "DIR",
    };

    public Option<string?> Content { get; } = new("--content")
    {
        Description = "The content folder [default: <root>/content]",
        HelpName = "DIR",
    };

    public Option<string?> BaseUrl { get; } = new("--base-url")
    {
        Description = "The absolute URL the site is published at; replaces base-url from site.yml",
        HelpName = "URL",
    };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Build pages and sections marked draft: true" };

    public Option<string?> Today { get; } = new("--today")
    {
        Description = "The date to judge overdue reviews against, for reproducible checks [default: the clock's date]",
        HelpName = "YYYY-MM-DD",
    };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Log each pipeline stage and its time" };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Content);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Today);
        command.Options.Add(Verbose);
    }

    /// <summary>Resolves the options against the working directory; throws <see cref="UsageException"/> for anything unusable.</summary>
    public BuildOptions Resolve(ParseResult result, string workingDirectory)
    {
        var root = result.GetValue(Root) is { } rootText
            ? Path.GetFullPath(rootText, workingDirectory)
            : FindRoot(workingDirectory);
        if (!Directory.Exists(root))
        {
            throw new UsageException($"The site root {root} does not exist (--root).");
        }

        var content = Path.GetFullPath(result.GetValue(Content) ?? "content", root);
        if (!Directory.Exists(content))
        {
            throw new UsageException($"The content folder {content} does not exist (--content).");
        }

        Uri? baseUrl = null;
        if (result.GetValue(BaseUrl) is { } baseUrlText && (baseUrl = SiteSettings.NormalizeBaseUrl(baseUrlText)) is null)
        {
            throw new UsageException($"--base-url must be an absolute http or https URL, not '{baseUrlText}'.");
        }

        return new BuildOptions(root, content, baseUrl, result.GetValue(Drafts), DefaultTheme.Instance) { Today = ParseToday(result.GetValue(Today)) };
    }

    private static DateOnly? ParseToday(string? text) =>
        text is null ? null
        : IsoDate.TryParse(text, out var date) ? date
        : throw new UsageException($"--today must be a date written as YYYY-MM-DD, not '{text}'.");

    private static string FindRoot(string workingDirectory)
    {
        for (var folder = new DirectoryInfo(workingDirectory); folder is not null; folder = folder.Parent)
        {
            if (Directory.Exists(Path.Combine(folder.FullName, "content")))
            {
                return folder.FullName;
            }
        }

        throw new UsageException($"No folder from {workingDirectory} up holds a content/ folder; run this inside a site, or pass --root.");
    }
}
