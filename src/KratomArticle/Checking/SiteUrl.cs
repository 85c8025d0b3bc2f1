namespace KratomArticle.Checking;

/// <summary>
/// Resolves a link found on a page of the site to the file it points to and its fragment, as a browser would.
/// Links made only of plain characters (nearly all of them) are resolved by hand; the rest go through <see cref="Uri"/>,
/// which gives the same answer more slowly.
/// </summary>
internal static class SiteUrl
{
    private static readonly Uri SiteOrigin = new("http://site.invalid/");

    /// <summary>Resolves <paramref name="reference"/> (a relative URL, or a path from the site root) on the page at <paramref name="pagePath"/>.</summary>
    /// <returns>The path under the site root, not yet unescaped, and the fragment without its <c>#</c>; <see langword="null"/> when the URL is not valid.</returns>
    public static (string Path, string Fragment)? Resolve(string pagePath, string reference)
    {
        if (IsPlain(pagePath, allowFragment: false) && IsPlain(reference, allowFragment: true))
        {
            var hash = reference.IndexOf('#', StringComparison.Ordinal);
            var path = hash < 0 ? reference : reference[..hash];
            var fragment = hash < 0 ? "" : reference[(hash + 1)..];
            var merged = path.StartsWith('/') ? path : path.Length == 0 ? "/" + pagePath : string.Concat("/", pagePath.AsSpan(0, pagePath.LastIndexOf('/') + 1), path);
            return (RemoveDotSegments(merged)[1..], fragment);
        }

        try
        {
            var resolved = new Uri(new Uri(SiteOrigin, pagePath), reference);
            return (resolved.AbsolutePath.TrimStart('/'), resolved.Fragment.TrimStart('#'));
        }
        catch (UriFormatException)
        {
            return null;
        }
    }

    /// <summary>The absolute URL of a page of the site: <c>new Uri(baseUrl, urlPath).AbsoluteUri</c>, without parsing a URL for a plain path.</summary>
    /// <param name="baseUrl">The site's base URL, ending in <c>/</c>.</param>
    public static string Absolute(Uri baseUrl, string urlPath) =>
        baseUrl.AbsoluteUri.EndsWith('/') && IsPlain(urlPath, allowFragment: false) && !urlPath.StartsWith('/') && !HasDotSegment(urlPath)
            ? baseUrl.AbsoluteUri + urlPath
            : new Uri(baseUrl, urlPath).AbsoluteUri;

    private static bool HasDotSegment(string path) =>
        path is "." or ".." || path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal) || path.Contains("/.", StringComparison.Ordinal);

    /// <summary>Applies <c>.</c> and <c>..</c> segments (RFC 3986, 5.2.4) to a path that starts with <c>/</c>.</summary>
    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal))
        {
            return path;
        }

        // The output only ever shrinks, so it is built in place of a copy: each segment is appended after a '/',
        // "." drops nothing and ".." drops the last segment written.
        Span<char> output = path.Length <= 256 ? stackalloc char[path.Length] : new char[path.Length];
        var length = 0;
        var rest = path.AsSpan(1);
        while (true)
        {
            var slash = rest.IndexOf('/');
            var segment = slash < 0 ? rest : rest[..slash];
            var last = slash < 0;
            if (segment is "..")
            {
                length = length == 0 ? 0 : output[..length].LastIndexOf('/');
                length = Math.Max(length, 0);
            }

            if (segment is "." or "..")
            {
                if (last)
                {
                    output[length++] = '/';
                }
            }
            else
            {
                output[length++] = '/';
                segment.CopyTo(output[length..]);
                length += segment.Length;
            }

            if (last)
            {
                break;
            }

            rest = rest[(slash + 1)..];
        }

        return length == 0 ? "/" : new string(output[..length]);
    }

    /// <summary>
    /// Letters, digits, <c>-._~</c> and single <c>/</c>s, with no segment that ends in a dot other than <c>.</c> and <c>..</c>
    /// (which <see cref="Uri"/> treats specially), and a fragment of the same characters and <c>:</c>.
    /// </summary>
    private static bool IsPlain(string url, bool allowFragment)
    {
        var inFragment = false;
        var segmentStart = 0;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (inFragment)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or ':'))
                {
                    return false;
                }
            }
            else if (c is '/' or '#')
            {
                if (!IsPlainSegment(url.AsSpan(segmentStart, i - segmentStart)) || (c == '/' && i + 1 < url.Length && url[i + 1] == '/'))
                {
                    return false;
                }

                segmentStart = i + 1;
                inFragment = c == '#';
                if (inFragment && !allowFragment)
                {
                    return false;
                }
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~'))
            {
                return false;
            }
        }

        return inFragment || IsPlainSegment(url.AsSpan(segmentStart));
    }

    private static bool IsPlainSegment(ReadOnlySpan<char> segment) =>
        !segment.EndsWith('.') || segment is "." or "..";
}
