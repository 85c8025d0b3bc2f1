using System.Text;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// Writes the sites the benchmarks build: ours (content/; the theme is inside kratom) and an equivalent Hugo site (the same
/// Markdown, a minimal layout with a table of contents and heading anchors), side by side in one folder.
/// </summary>
internal sealed class BenchmarkSites(string root)
{
    private const string HugoConfig = """
        baseURL = "https://example.org/"
        title = "Benchmark"
        disableKinds = ["taxonomy", "term"]
        [markup.tableOfContents]
          startLevel = 2
          endLevel = 3
        """;

    private const string HugoPage = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
        <meta name="description" content="{{ .Description }}"></head>
        <body><main><article><h1>{{ .Title }}</h1>
        <nav>{{ .TableOfContents }}</nav>
        {{ .Content }}
        </article></main></body></html>
        """;

    private const string HugoHeading = """
        <h{{ .Level }} id="{{ .Anchor | safeURL }}">{{ .Text | safeHTML }}</h{{ .Level }}><a class="heading-anchor" href="#{{ .Anchor | safeURL }}">#</a>
        """;

    public string Ours => Path.Combine(root, "ours");

    public string Hugo => Path.Combine(root, "hugo");

    public string OursContent => Path.Combine(Ours, "content");

    public string HugoContent => Path.Combine(Hugo, "content");

    /// <summary>A site of <paramref name="pages"/> synthetic pages and a home page.</summary>
    public void WriteSynthetic(int pages)
    {
        WriteOurs("index.md", "---\ntitle: Benchmark\ndescription: The home page of the benchmark site.\n---\nWelcome.\n");
        WriteHugo("_index.md", "---\ntitle: Benchmark\ndescription: The home page of the benchmark site.\n---\nWelcome.\n");
        for (var number = 1; number <= pages; number++)
        {
            var page = SyntheticPages.Page(number);
            WriteOurs(SyntheticPages.PathOf(number), page);
            WriteHugo(SyntheticPages.PathOf(number), page);
        }

        WriteSiteFiles();
    }

    /// <summary>
    /// The repository's site: the article, its other pages and its images; for Hugo, the article as one page of the same
    /// Markdown with each section under its title as an <c>##</c>, the other pages as they are, and the same images.
    /// </summary>
    public void WriteArticle()
    {
        var article = new StringBuilder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content, "*.md").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var text = File.ReadAllText(file);
            WriteOurs(name, text);
            var body = text[(text.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            if (name == "index.md")
            {
                article.Append(text);
            }
            else if (char.IsAsciiDigit(name[0]))
            {
                article.Append($"\n## {TitleOf(text)}\n\n{body}");
            }
            else
            {
                WriteHugo(name, text);
            }
        }

        foreach (var image in Directory.GetFiles(Path.Combine(RepositoryPaths.Content, "images")))
        {
            Copy(image, Path.Combine(OursContent, "images"));
            Copy(image, Path.Combine(Hugo, "static", "images"));
        }

        WriteHugo("_index.md", article.ToString());
        WriteSiteFiles();
    }

    private static void Copy(string file, string folder)
    {
        Directory.CreateDirectory(folder);
        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    private void WriteSiteFiles()
    {
        WriteOurs("site.yml", "title: Benchmark\ndescription: Synthetic pages.\nbase-url: https://example.org/\nlanguage: en\n");
        Write(Hugo, "hugo.toml", HugoConfig);
        Write(Hugo, "layouts/_default/single.html", HugoPage);
        Write(Hugo, "layouts/_default/list.html", HugoPage);
        Write(Hugo, "layouts/_default/_markup/render-heading.html", HugoHeading);
    }

    private static string TitleOf(string markdown) =>
        markdown.Split('\n').First(line => line.StartsWith("title:", StringComparison.Ordinal))["title:".Length..].Trim().Trim('"');

    private void WriteOurs(string path, string text) => Write(OursContent, path, text);

    private void WriteHugo(string path, string text) => Write(HugoContent, path, text);

    private static void Write(string folder, string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
