using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Playwright;

namespace KratomArticle.BrowserTests.Support;

/// <summary>
/// Serves a built site's folder to a browser context at <see cref="Origin"/>, answering each request from
/// disk inside the browser's own routing: no server or port is needed to look at a built site.
/// <c>localhost</c> is a secure origin, so the clipboard and other secure-context APIs work.
/// </summary>
public static class StaticSiteHost
{
    public const string Origin = "http://localhost:8787";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static async Task ServeAsync(IBrowserContext context, string siteDirectory, string basePath = "/")
    {
        await context.RouteAsync(Origin + "/**", async route =>
        {
            var path = Uri.UnescapeDataString(new Uri(route.Request.Url).AbsolutePath);
            var file = ResolveFile(siteDirectory, basePath, path);
            if (file is null)
            {
                var notFound = Path.Combine(siteDirectory, "404.html");
                await route.FulfillAsync(new() { Status = 404, ContentType = "text/html", BodyBytes = File.Exists(notFound) ? await File.ReadAllBytesAsync(notFound) : [] });
                return;
            }

            ContentTypes.TryGetContentType(file, out var contentType);
            await route.FulfillAsync(new() { Status = 200, ContentType = contentType ?? "application/octet-stream", BodyBytes = await File.ReadAllBytesAsync(file) });
        });
    }

    private static string? ResolveFile(string siteDirectory, string basePath, string path)
    {
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var root = Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }
}
