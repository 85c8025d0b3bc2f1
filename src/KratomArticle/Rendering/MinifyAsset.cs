using System.Text;
using NUglify;

namespace KratomArticle.Rendering;

/// <summary>Minifies a theme's stylesheets and scripts with NUglify; every other file is kept as it is.</summary>
internal static class MinifyAsset
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="name">The asset's path under the theme's <c>wwwroot/</c>; its extension says what it is.</param>
    public static byte[] Apply(string name, byte[] content)
    {
        var minify = Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".css" => (Func<string, UglifyResult>)(text => Uglify.Css(text)),
            ".js" => text => Uglify.Js(text),
            _ => null,
        };
        if (minify is null)
        {
            return content;
        }

        // Minifying only makes the file smaller: a file the minifier cannot read is published as it is.
        var result = minify(Utf8.GetString(content));
        return result.HasErrors ? content : Utf8.GetBytes(result.Code);
    }
}
