using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Preview;

/// <summary>What the preview serves from the last good build, with which headers, and what it refuses.</summary>
public sealed partial class ServingTests : IAsyncLifetime
{
    private const string Canary = "canary-4f1c9e: this file is outside the site";

    private readonly TestSite _site = TestSite.WithRealContent();
    private TestPreview _preview = null!;

    public async ValueTask InitializeAsync()
    {
        _site.Write("about.md", "---\ntitle: About\ndescription: Who writes this.\n---\nThe editorial team.\n");
        var secret = Path.Combine(_site.Root, "secret.txt");
        File.WriteAllText(secret, Canary);
        var themeAssets = Directory.CreateDirectory(_site.ThemeOverlayDirectory).FullName;
        Directory.CreateDirectory(_site.OutputDirectory);
        File.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(_site.ContentDirectory, "outside"), _site.Root);
        File.CreateSymbolicLink(Path.Combine(themeAssets, "leak.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(themeAssets, "up"), _site.Root);
        File.CreateSymbolicLink(Path.Combine(_site.OutputDirectory, "leak.txt"), secret);
        _preview = await TestPreview.StartAsync(_site);
    }

    public async ValueTask DisposeAsync()
    {
        await _preview.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task The_article_is_served_with_the_live_reload_script_and_no_cache_and_nosniff_headers()
    {
        using var response = await _preview.Http.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.True(response.Headers.CacheControl?.NoCache);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        Assert.Contains("<h1>Kratom and Impulse Control", html);
        Assert.Matches("<script src=\"/_kratom/live-reload.js\" [^>]*data-build=\"[0-9a-f]+-1\"[^>]*></script></body>", html);
    }

    [Fact]
    public async Task A_built_site_never_carries_the_live_reload_script()
    {
        Assert.Equal(0, CliRun.Start(_site.Root, "build").ExitCode);

        Assert.All(Directory.EnumerateFiles(_site.OutputDirectory, "*.html", SearchOption.AllDirectories),
            page => Assert.DoesNotContain("live-reload", File.ReadAllText(page)));
    }

    [Fact]
    public async Task Every_file_gets_its_content_type_and_the_same_headers()
    {
        var stylesheet = Stylesheet().Match(await _preview.GetPageAsync()).Groups[1].Value;
        var expected = new Dictionary<string, string>
        {
            ["/" + stylesheet] = "text/css; charset=utf-8",
            ["/robots.txt"] = "text/plain; charset=utf-8",
            ["/sitemap.xml"] = "text/xml; charset=utf-8",
            ["/_kratom/live-reload.js"] = "text/javascript; charset=utf-8",
        };

        foreach (var (path, type) in expected)
        {
            using var response = await _preview.Http.GetAsync(path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
            Assert.True(response.Headers.CacheControl?.NoCache, path);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
        }
    }

    [Fact]
    public async Task A_folder_path_serves_its_index_and_redirects_to_the_slash_without_one()
    {
        Assert.Contains("The editorial team.", await _preview.GetPageAsync("/about/"));
        Assert.Contains("The editorial team.", await _preview.GetPageAsync("/about/index.html"));

        using var redirect = await _preview.Http.GetAsync("/about?from=test", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/about/?from=test", redirect.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/index.md")]
    [InlineData("/site.yml")]
    public async Task A_missing_path_gets_the_sites_404_page_with_status_404(string path)
    {
        using var response = await _preview.Http.GetAsync(path, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<h1>Page not found</h1>", html);
        Assert.Contains("/_kratom/live-reload.js", html);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../../../../../../../etc/passwd")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/%2E%2E/etc/passwd")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/..%252fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%5c..%5csecret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/../content/index.md")]
    [InlineData("/%2e%2e/content/site.yml")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..;/secret.txt")]
    [InlineData("/%00/../secret.txt")]
    [InlineData("/%00")]
    [InlineData("/index.html%00.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/..%c0%afsecret.txt")]
    [InlineData("/%c0%ae%c0%ae/secret.txt")]
    [InlineData("/..%e0%80%afsecret.txt")]
    [InlineData("/%ef%bc%8e%ef%bc%8e%ef%bc%8fsecret.txt")]
    [InlineData("/%ef%bc%8e%ef%bc%8e/secret.txt")]
    [InlineData("/..%ef%bc%bcsecret.txt")]
    [InlineData("/%e2%80%a5/secret.txt")]
    [InlineData("/．．／secret.txt")]
    [InlineData("/．．/secret.txt")]
    [InlineData("/..＼secret.txt")]
    [InlineData("/file:///etc/passwd")]
    [InlineData("/%2fproc%2fself%2fenviron")]
    public async Task A_path_that_tries_to_leave_the_site_gets_400_or_404_and_never_a_file_outside_it(string target)
    {
        var (status, response) = await RawGetAsync(target);

        Assert.True(status is 400 or 404, $"{target} got {status}.");
        Assert.DoesNotContain(Canary, response);
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("base-url:", response);
        Assert.DoesNotContain("description: >-", response);
    }

    [Theory]
    [InlineData("/leak.txt")]
    [InlineData("/outside/secret.txt")]
    [InlineData("/output/leak.txt")]
    [InlineData("/up/secret.txt")]
    [InlineData("/up/content/site.yml")]
    public async Task Symbolic_links_in_the_content_theme_or_output_folders_never_bring_in_a_file_from_outside(string target)
    {
        var (status, response) = await RawGetAsync(target);

        Assert.Equal(404, status);
        Assert.DoesNotContain(Canary, response);
        Assert.DoesNotContain("base-url:", response);
    }

    [Fact]
    public async Task A_symbolic_link_in_the_themes_assets_is_not_published_under_any_name()
    {
        var hashedName = KratomArticle.Rendering.ThemeAsset.Create("leak.txt", Encoding.UTF8.GetBytes(Canary)).PublishedName;

        var (status, response) = await RawGetAsync("/" + hashedName);

        Assert.Equal(404, status);
        Assert.DoesNotContain(Canary, response);
    }

    [Fact]
    public async Task An_absolute_file_system_path_is_not_a_file_of_the_site()
    {
        var (status, response) = await RawGetAsync(Path.Combine(_site.Root, "secret.txt"));

        Assert.Equal(404, status);
        Assert.DoesNotContain(Canary, response);
    }

    [Theory]
    [InlineData("http://evil.example")]
    [InlineData("null")]
    [InlineData(null)]
    [InlineData("https://{0}")]
    [InlineData("http://{0}.evil.example")]
    [InlineData("http://evil.example/http://{0}")]
    [InlineData("http://localhost:1")]
    [InlineData("http://{0}, http://evil.example")]
    public async Task The_live_reload_socket_refuses_pages_from_other_origins(string? origin)
    {
        var (status, _) = await RawGetAsync("/_kratom/live-reload", WebSocketHeaders(origin is null ? null : string.Format(CultureInfo.InvariantCulture, origin, _preview.Url.Authority)));

        Assert.Equal(403, status);
    }

    [Theory]
    [InlineData("localhost", 200)]
    [InlineData("127.0.0.1", 200)]
    [InlineData("[::1]", 200)]
    [InlineData("192.168.1.20", 200)]
    [InlineData("preview.localhost", 200)]
    [InlineData("evil.example", 400)]
    [InlineData("localhost.evil.example", 400)]
    [InlineData("127.0.0.1.nip.io", 400)]
    public async Task Only_localhost_names_and_ip_addresses_are_answered_so_dns_rebinding_cannot_read_the_preview(string host, int expected)
    {
        var (page, _) = await RawGetAsync("/", host: host);
        var (socket, _) = await RawGetAsync("/_kratom/live-reload", WebSocketHeaders($"http://{host}:{_preview.Url.Port}"), host, statusLineOnly: true);

        Assert.Equal(expected, page);
        Assert.Equal(expected == 200 ? 101 : 400, socket);
    }

    [Fact]
    public async Task The_live_reload_socket_accepts_the_sites_own_pages_and_says_which_build_is_served()
    {
        await using var page = await _preview.ConnectAsync();

        var hello = await page.NextAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("hello", hello.Type);
        Assert.Contains($"data-build=\"{hello.Build}\"", await _preview.GetPageAsync());
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var head = await _preview.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"), TestContext.Current.CancellationToken);
        using var post = await _preview.Http.PostAsync("/", new StringContent("x"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.True(head.Content.Headers.ContentLength > 0);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    private static string WebSocketHeaders(string? origin) =>
        "Connection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        + (origin is null ? "" : $"Origin: {origin}\r\n");

    /// <summary>Sends the request target exactly as given (HttpClient would tidy it) and returns the status and the whole response.</summary>
    /// <param name="host">The Host header's host name; the preview's own by default.</param>
    /// <param name="statusLineOnly">Whether to read only the status line, e.g. of a WebSocket upgrade, which stays open.</param>
    private async Task<(int Status, string Response)> RawGetAsync(string target, string headers = "", string? host = null, bool statusLineOnly = false)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _preview.Url.Port);
        await using var stream = client.GetStream();
        var authority = host is null ? _preview.Url.Authority : $"{host}:{_preview.Url.Port}";
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: {authority}\r\n{headers}Connection: close\r\n\r\n"));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = statusLineOnly ? await reader.ReadLineAsync(timeout.Token) ?? "" : await reader.ReadToEndAsync(timeout.Token);
        return (int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture), response);
    }

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();
}
