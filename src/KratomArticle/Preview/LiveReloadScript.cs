using System.Net;
using System.Text;

namespace KratomArticle.Preview;

/// <summary>
/// The script the preview adds to every HTML page it serves (built sites never carry it): it connects back,
/// reloads the page after each rebuild and shows a failed build's errors over the page.
/// </summary>
internal static class LiveReloadScript
{
    public const string ScriptPath = "/_kratom/live-reload.js";
    public const string SocketPath = "/_kratom/live-reload";

    private const string ResourceName = "KratomArticle.Preview.live-reload.js";

    public static ReadOnlyMemory<byte> Source { get; } = Load();

    /// <summary>Adds the script tag before the page's last <c>&lt;/body&gt;</c> (or at its end when it has none).</summary>
    public static byte[] InjectInto(ReadOnlySpan<byte> html, string buildId)
    {
        var page = Encoding.UTF8.GetString(html);
        var tag = $"""<script src="{ScriptPath}" data-socket="{SocketPath}" data-build="{WebUtility.HtmlEncode(buildId)}" defer></script>""";
        var end = page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? page + tag : page.Insert(end, tag));
    }

    private static byte[] Load()
    {
        using var stream = typeof(LiveReloadScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
