using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace KratomArticle.Rendering;

/// <summary>Renders the theme's compiled Razor components to HTML strings, outside any web request.</summary>
public sealed class ThemeRenderer : IAsyncDisposable
{
    private readonly HtmlRenderer _renderer = new(new ThemeServices(), NullLoggerFactory.Instance);

    /// <summary>Renders <typeparamref name="TComponent"/> with its <c>Page</c> parameter set to <paramref name="page"/>.</summary>
    public Task<string> RenderAsync<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TComponent>(object page)
        where TComponent : IComponent =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });
            var output = await _renderer.RenderComponentAsync<TComponent>(parameters);
            return output.ToHtmlString();
        });

    public ValueTask DisposeAsync() => _renderer.DisposeAsync();
}
