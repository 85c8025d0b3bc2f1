using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>Starting and stopping the preview, and its command line.</summary>
public sealed class PreviewCommandTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_busy_port_is_a_one_line_error_naming_the_port_and_the_option_with_exit_2()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var port = ((IPEndPoint)other.LocalEndpoint).Port;

        var run = CliRun.Start(_site.Root, "preview", "--port", port.ToString(CultureInfo.InvariantCulture));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: Port {port} is in use; choose another with --port."], run.ErrorLines);
    }

    [Theory]
    [InlineData("--host", "example.com")]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--content", "missing-folder")]
    public void Unusable_options_exit_2_with_a_message(string option, string value)
    {
        var run = CliRun.Start(_site.Root, "preview", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.Error);
        Assert.Contains(option, run.Error);
    }

    [Fact]
    public void Help_lists_the_preview_options()
    {
        var run = CliRun.Start(_site.Root, "preview", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--port", "--host", "--open", "--root", "--content", "--base-url", "--drafts", "--verbose" })
        {
            Assert.Contains(option, run.Out);
        }
    }

    [Fact]
    public async Task It_binds_loopback_prints_nothing_but_its_build_and_stops_within_a_second_with_pages_connected()
    {
        await using var preview = await TestPreview.StartAsync(_site);
        await using var page = await preview.ConnectAsync();
        await page.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("localhost", preview.Url.Host);
        Assert.Matches(@"^Built 2 pages in \d+ ms\.$", preview.Out.Trim());
        Assert.Equal("", preview.Error);
        var clock = Stopwatch.StartNew();
        await preview.StopAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"Stopping took {clock.Elapsed.TotalMilliseconds:0} ms.");
    }

    [Fact]
    public async Task A_chosen_port_is_used()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        await using var preview = await TestPreview.StartAsync(_site, port);

        Assert.Equal(new Uri($"http://localhost:{port}/"), preview.Url);
        Assert.Contains("<h1>", await preview.GetPageAsync());
    }

    [Fact]
    public async Task Under_a_base_url_with_a_path_the_site_is_served_at_that_path()
    {
        await using var preview = await TestPreview.StartAsync(_site, baseUrl: new Uri("https://example.org/docs/"));

        Assert.Equal("/docs/", preview.Url.AbsolutePath);
        Assert.Contains("href=\"https://example.org/docs/\"", await preview.GetPageAsync("/docs/"));
        using var root = await preview.Http.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/docs/", root.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Without_a_base_url_the_pages_absolute_links_point_at_the_preview()
    {
        await using var preview = await TestPreview.StartAsync(_site);

        Assert.Contains($"<link rel=\"canonical\" href=\"{preview.Url}\"", await preview.GetPageAsync());
    }

    [Fact]
    public async Task When_the_first_build_fails_a_page_lists_the_errors_until_a_save_fixes_them()
    {
        var index = Path.Combine(_site.ContentDirectory, "index.md");
        var good = File.ReadAllText(index);
        File.WriteAllText(index, good.Replace("published: 2026-11-25", "published: soon", StringComparison.Ordinal));
        await using var preview = await TestPreview.StartAsync(_site);
        await using var page = await preview.ConnectAsync();

        using var response = await preview.Http.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("/_kratom/live-reload.js", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("hello", (await page.NextAsync(TimeSpan.FromSeconds(10))).Type);
        Assert.Contains("error KA0104", Assert.Single((await page.NextAsync(TimeSpan.FromSeconds(10))).Errors!));
        Assert.Contains("Build failed: 1 error, 0 warnings.", preview.Error);

        File.WriteAllText(index, good);

        await page.WaitForAsync("reload", TimeSpan.FromSeconds(10));
        Assert.Contains("<h1>", await preview.GetPageAsync());
    }
}
