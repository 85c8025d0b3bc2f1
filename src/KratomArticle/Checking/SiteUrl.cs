namespace KratomArticle.Checking;

/// <summary>
/// Resolves a link found on a page of the site to the file it points to and its fragment, as a browser would.
/// Links made only of plain characters (nearly all of them) are resolved by hand; the rest go through <see cref="Uri"/>,
/// which gives the same answer more slowly.
/// </summary>
public static class SiteUrl
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

    /// <summary>Applies <c>.</c> and <c>..</c> segments (RFC 3986, 5.2.4) to a path that starts with <c>/</c>.</summary>
    private static string RemoveDotSegments(string path)
    {
        if (!path.Contains("/.", StringComparison.Ordinal))
        {
            return path;
        }

        var output = new List<string>();
        var segments = path[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            switch (segments[i])
            {
                case ".":
                    if (last)
                    {
                        output.Add("");
                    }

                    break;
                case "..":
                    if (output.Count > 0)
                    {
                        output.RemoveAt(output.Count - 1);
                    }

                    if (last)
                    {
                        output.Add("");
                    }

                    break;
                default:
                    output.Add(segments[i]);
                    break;
            }
        }

        return "/" + string.Join('/', output);
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
                if (!IsPlainSegment(url.AsSpan(segmentStart, i - segmentStart), last: c == '#') || (c == '/' && i + 1 < url.Length && url[i + 1] == '/'))
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

        return inFragment || IsPlainSegment(url.AsSpan(segmentStart), last: true);
    }

    private static bool IsPlainSegment(ReadOnlySpan<char> segment, bool last) =>
        !segment.EndsWith('.') || segment is "." or ".." || (segment.Length == 0 && last);
}
