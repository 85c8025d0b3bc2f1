using KratomArticle.Testing;

namespace KratomArticle.Tests.Site;

/// <summary>Pages are built in parallel, in whatever order the workers take them; the site is the same as a serial build's.</summary>
public sealed class ParallelBuildTests : IDisposable
{
    private const int Pages = 60;

    private readonly TestSite _site = ReferencesArticle.Create();

    public ParallelBuildTests()
    {
        for (var i = 1; i <= Pages; i++)
        {
            var next = i % Pages + 1;
            _site.Write($"topics/t{i:D2}/index.md", $"""
                ---
                title: Topic {i}
                description: Page {i} of a site built in parallel.
                published: 2025-01-{1 + (i % 28):D2}
                ---
                Lead of topic {i}, with a *mark*[^1] and a link to [the next topic](../t{next:D2}/#details).

                ## Details

                Some `code`, a [link to the article](../../#effects) and an ![image](../../chart.svg).

                ## Details

                The same heading again, given its own id.

                [^1]: A footnote of topic {i}.
                """);
            _site.Write($"topics/t{i:D2}/01-more.md", "---\ntitle: More\n---\n### Notes\n\nA section.\n");
        }
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_parallel_build_gives_a_serial_builds_files_and_diagnostics_byte_for_byte()
    {
        var (serial, serialContext) = SiteBuilder.Build(_site, maxParallelism: 1);
        var (parallel, parallelContext) = SiteBuilder.Build(_site, maxParallelism: 8);

        Assert.True(serial.Succeeded);
        Assert.Equal(Pages + 1, parallel.PageCount);
        Assert.Equal(serialContext.Diagnostics, parallelContext.Diagnostics);
        Assert.Equal(serial.Files.Select(f => f.Path), parallel.Files.Select(f => f.Path));
        Assert.All(serial.Files.Zip(parallel.Files), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.Path));
    }

    [Fact]
    public void The_build_command_writes_what_the_in_memory_build_holds()
    {
        var (memory, _) = SiteBuilder.Build(_site, maxParallelism: 1);

        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);

        var written = _site.Snapshot();
        Assert.Equal(memory.Files.Select(f => f.Path).Order(StringComparer.Ordinal), written.Keys.Select(k => k.Replace('\\', '/')).Order(StringComparer.Ordinal));
        Assert.All(memory.Files, file => Assert.Equal(file.Content.ToArray(), written[file.Path]));
    }

    [Fact]
    public void Broken_links_are_reported_the_same_in_both()
    {
        _site.Write("topics/t07/02-broken.md", "---\ntitle: Broken\n---\n[gone](../t08/#nowhere) and [lost](../missing/)\n");

        var (_, serialContext) = SiteBuilder.Build(_site, maxParallelism: 1);
        var (_, parallelContext) = SiteBuilder.Build(_site);

        Assert.Equal(2, serialContext.Diagnostics.Length);
        Assert.Equal(serialContext.Diagnostics, parallelContext.Diagnostics);
    }
}
