using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace KratomArticle.Rendering;

/// <summary>
/// The only service the theme's components need: an HTML encoder that leaves non-ASCII text as it is
/// (the default one writes every accented letter as a numeric entity). No container is built for it.
/// </summary>
internal sealed class ThemeServices : IServiceProvider
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public object? GetService(Type serviceType) => serviceType == typeof(HtmlEncoder) ? Encoder : null;
}
