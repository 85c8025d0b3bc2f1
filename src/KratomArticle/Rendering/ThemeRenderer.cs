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
    // HtmlRenderer keeps every component it rendered until it is disposed, so it is replaced now and then to keep memory flat.
    private const int RendersPerRenderer = 64;

    private readonly Utf8HtmlWriter _html = new();
    private HtmlRenderer _renderer = Create();
    private int _renders;

    /// <summary>Renders the component with its <c>Page</c> parameter set to <paramref name="page"/>.</summary>
    public byte[] Render([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page) =>
        RenderAsync(component, page).GetAwaiter().GetResult();

    public void Dispose()
    {
        _renderer.Dispose();
        _html.Dispose();
    }

    private async Task<byte[]> RenderAsync([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page)
    {
        if (++_renders > RendersPerRenderer)
        {
            await _renderer.DisposeAsync();
            _renderer = Create();
            _renders = 1;
        }

        return await _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
            var output = await _renderer.RenderComponentAsync(component, parameters);
            _html.Clear();
            output.WriteHtmlTo(_html);
            return _html.WrittenBytes.ToArray();
        });
    }

    private static HtmlRenderer Create() => new(new ThemeServices(), NullLoggerFactory.Instance);
}
