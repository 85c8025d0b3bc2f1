using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace KratomArticle.Rendering;

/// <summary>
/// Renders the theme's compiled Razor components to UTF-8 HTML, outside any web request. One renderer serves one
/// thread at a time; <see cref="ThemeRendererPool"/> gives each worker its own.
/// </summary>
internal sealed class ThemeRenderer : IDisposable
{
    private readonly ThemeServices _services = new();
    private readonly Utf8HtmlWriter _html = new();

    /// <summary>Renders the component with its <c>Page</c> parameter set to <paramref name="page"/>.</summary>
    public byte[] Render([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page) =>
        RenderAsync(component, page).GetAwaiter().GetResult();

    public void Dispose() => _html.Dispose();

    private async Task<byte[]> RenderAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page)
    {
        // HtmlRenderer keeps every component it rendered, and all they hold (a page's sections, its HTML), until it is
        // disposed. One renderer per page lets that go with the page: kept for 64 pages, it outlived the collector's
        // youngest generation and made a 5,000-page build about 7% slower and 20 MB larger. Creating one costs less.
        await using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
            var output = await renderer.RenderComponentAsync(component, parameters);
            _html.Clear();
            output.WriteHtmlTo(_html);
            return _html.WrittenBytes.ToArray();
        });
    }
}
