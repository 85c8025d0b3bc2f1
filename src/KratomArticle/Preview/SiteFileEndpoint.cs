using System.Text;
using KratomArticle.Output;
using KratomArticle.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace KratomArticle.Preview;

/// <summary>
/// Answers requests for the site's files from the last good build, held in memory, and for the live-reload script:
/// <c>/x/</c> is <c>x/index.html</c>, a missing file is the site's 404 page with status 404, and a path that tries
/// to leave the site is refused.
/// </summary>
/// <param name="basePath">The URL path the site is served under, starting and ending with <c>/</c>.</param>
internal sealed class SiteFileEndpoint(Func<PreviewState> state, string basePath)
{
    private const string HtmlType = "text/html; charset=utf-8";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    private static readonly byte[] NotBuiltPage = Encoding.UTF8.GetBytes(
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>The site has not been built yet</title></head>
        <body><main><h1>The site has not been built yet</h1><p>The preview lists the problems that stop it. Fix them and save: this page reloads by itself.</p></main></body>
        </html>
        """);

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            http.Response.Headers.Allow = "GET, HEAD";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = request.Path.Value ?? "/";
        if (!IsPlainPath(path))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (path == LiveReloadScript.ScriptPath)
        {
            await SendAsync(http, StatusCodes.Status200OK, "text/javascript; charset=utf-8", LiveReloadScript.Source);
            return;
        }

        var current = state();
        if (current.Site is not { } site)
        {
            await SendAsync(http, StatusCodes.Status503ServiceUnavailable, HtmlType, LiveReloadScript.InjectInto(NotBuiltPage, current.BuildId));
            return;
        }

        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            // Under a base path, "/" and the base path without its slash lead to the site.
            if (path == "/" || path + "/" == basePath)
            {
                http.Response.Redirect(basePath);
            }
            else
            {
                await SendNotFoundAsync(http, site);
            }

            return;
        }

        var relative = FolderIndex.FileOf(path[basePath.Length..]);
        if (site.Find(relative) is { } file)
        {
            await SendFileAsync(http, StatusCodes.Status200OK, file, site.BuildId);
        }
        else if (site.Find(FolderIndex.InFolder(relative)) is not null)
        {
            http.Response.Redirect(path + "/" + request.QueryString);
        }
        else
        {
            await SendNotFoundAsync(http, site);
        }
    }

    /// <summary>
    /// Whether a (decoded) request path is a plain path down from the root. Files are looked up by exact path in
    /// memory, so nothing outside the site can be reached anyway; these are refused outright all the same.
    /// </summary>
    private static bool IsPlainPath(string path) =>
        path.StartsWith('/')
        && !path.StartsWith("//", StringComparison.Ordinal)
        && !path.Any(c => c == '\\' || char.IsControl(c))
        && !path.Split('/').Any(segment => segment is "." or "..");

    private static Task SendNotFoundAsync(HttpContext http, SiteSnapshot site)
    {
        if (site.Find(RenderTheme.NotFoundPath) is { } page)
        {
            return SendFileAsync(http, StatusCodes.Status404NotFound, page, site.BuildId);
        }

        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static Task SendFileAsync(HttpContext http, int status, OutputFile file, string buildId)
    {
        var type = ContentTypes.TryGetContentType(file.Path, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            return SendAsync(http, status, HtmlType, LiveReloadScript.InjectInto(file.Content.Span, buildId));
        }

        return SendAsync(http, status, type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type, file.Content);
    }

    private static async Task SendAsync(HttpContext http, int status, string contentType, ReadOnlyMemory<byte> body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = contentType;
        http.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(body);
        }
    }
}
