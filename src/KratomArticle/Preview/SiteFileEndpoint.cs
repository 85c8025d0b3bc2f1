using System.Text;
using KratomArticle.Rendering;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace KratomArticle.Preview;

/// <summary>
/// Answers requests for the site's files from the last good build, held in memory: <c>/x/</c> is <c>x/index.html</c>,
/// a missing file is the site's 404 page with status 404, and a path that tries to leave the site is refused.
/// </summary>
/// <param name="basePath">The URL path the site is served under, starting and ending with <c>/</c>.</param>
public sealed class SiteFileEndpoint(Func<PreviewState> state, string basePath)
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

        var current = state();
        if (current.Site is not { } site)
        {
            await SendAsync(http, StatusCodes.Status503ServiceUnavailable, HtmlType, LiveReloadScript.InjectInto(NotBuiltPage, current.BuildId));
            return;
        }

        if (path + "/" == basePath || (path == "/" && basePath != "/"))
        {
            http.Response.Redirect(basePath);
            return;
        }

        var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : null;
        if (relative is not null && (relative.Length == 0 || relative.EndsWith('/')))
        {
            relative += "index.html";
        }

        if (relative is not null && site.Find(relative) is { } file)
        {
            await SendFileAsync(http, StatusCodes.Status200OK, file.Path, file.Content, site.BuildId);
        }
        else if (relative is not null && site.Find(relative + "/index.html") is not null)
        {
            http.Response.Redirect(path + "/" + request.QueryString);
        }
        else if (site.Find(RenderTheme.NotFoundPath) is { } notFound)
        {
            await SendFileAsync(http, StatusCodes.Status404NotFound, notFound.Path, notFound.Content, site.BuildId);
        }
        else
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
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

    private static Task SendFileAsync(HttpContext http, int status, string path, ReadOnlyMemory<byte> content, string buildId)
    {
        var type = ContentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        if (type == "text/html")
        {
            return SendAsync(http, status, HtmlType, LiveReloadScript.InjectInto(content.Span, buildId));
        }

        return SendAsync(http, status, type.StartsWith("text/", StringComparison.Ordinal) ? type + "; charset=utf-8" : type, content);
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
