using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace KratomArticle.Rendering;

/// <summary>
/// The services the theme's components are rendered with: an HTML encoder that leaves non-ASCII text as it is (the
/// default one writes every accented letter as a numeric entity), and <see cref="ThemeComponentActivator"/>. No
/// container is built for them.
/// </summary>
internal sealed class ThemeServices : IServiceProvider
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly ThemeComponentActivator Activator = new();

    public object? GetService(Type serviceType) =>
        serviceType == typeof(HtmlEncoder) ? Encoder
        : serviceType == typeof(IComponentActivator) ? Activator
        : null;
}
