using System.Xml.Linq;
using KratomArticle.Testing;

namespace KratomArticle.Benchmarks;

/// <summary>
/// What Markdig and YamlDotNet take by themselves, with none of a site around them: a NativeAOT program, with kratom's
/// versions of both and its garbage collector, that reads each Markdown file of a content folder, loads its front
/// matter, parses and renders its body with Markdig's extensions nearest kratom's, and writes the HTML inside a fixed
/// page to a folder of its own, on every core. No theme, table of contents, heading ids, feed, sitemap or link check.
/// </summary>
internal static class LibrariesAlone
{
    private const string Program = """
        using System.Net;
        using Markdig;
        using YamlDotNet.RepresentationModel;

        var (content, output) = (args[0], args[1]);
        var pipeline = new MarkdownPipelineBuilder()
            .UsePipeTables().UseFootnotes().UseEmphasisExtras().UseTaskLists().UseFigures().UseGenericAttributes().Build();
        Parallel.ForEach(Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories), file =>
        {
            var text = File.ReadAllText(file);
            var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text[4..(end + 1)]));
            var title = ((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("title")].ToString();
            var html = Markdown.ToHtml(text[(end + 5)..], pipeline);
            var folder = Path.Combine(output, Path.ChangeExtension(Path.GetRelativePath(content, file), null));
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "index.html"),
                $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(title)}</title></head><body><main>\n{html}</main></body></html>\n");
        });

        """;

    /// <returns>The published executable, which takes a content folder and an output folder.</returns>
    public static string Publish(string folder) => NativeProgram.Publish(folder, "libraries", Project(), Program);

    private static string Project() => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <PublishAot>true</PublishAot>
            <InvariantGlobalization>true</InvariantGlobalization>
            <ServerGarbageCollection>true</ServerGarbageCollection>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Markdig" Version="{PinnedVersion("Markdig")}" />
            <PackageReference Include="YamlDotNet" Version="{PinnedVersion("YamlDotNet")}" />
          </ItemGroup>
        </Project>
        """;

    /// <summary>The version of <paramref name="package"/> that the repository's Directory.Packages.props pins.</summary>
    private static string PinnedVersion(string package) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => (string?)p.Attribute("Include") == package).Attribute("Version")!.Value;
}
