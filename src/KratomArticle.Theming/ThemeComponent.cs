using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace KratomArticle.Theming;

/// <summary>
/// The base of every component of a theme: <c>@inherits ThemeComponent</c> in the theme's <c>_Imports.razor</c>.
/// </summary>
/// <remarks>
/// A page is rendered once, to static HTML, so a theme's component is its parameters and its markup, and has no
/// lifecycle: no <c>OnInitialized</c>, no events, no second render. kratom writes its render tree straight to HTML,
/// without Blazor's renderer, whose component states, render batches and diffs cost more than the markup itself.
/// It is still an <see cref="IComponent"/>, so Blazor's own <c>HtmlRenderer</c> renders it as well, to the same bytes.
/// </remarks>
public abstract class ThemeComponent : IComponent
{
    private RenderHandle _renderHandle;

    void IComponent.Attach(RenderHandle renderHandle) => _renderHandle = renderHandle;

    Task IComponent.SetParametersAsync(ParameterView parameters)
    {
        SetParameters(parameters);
        _renderHandle.Render(BuildRenderTree);
        return Task.CompletedTask;
    }

    /// <summary>Sets the component's <c>[Parameter]</c> properties.</summary>
    internal void SetParameters(ParameterView parameters) => parameters.SetParameterProperties(this);

    /// <summary>Adds the component's markup to <paramref name="builder"/>.</summary>
    internal void BuildInto(RenderTreeBuilder builder) => BuildRenderTree(builder);

    /// <summary>The component's markup, which Razor compiles from the <c>.razor</c> file (none for <c>_Imports.razor</c>).</summary>
    protected virtual void BuildRenderTree(RenderTreeBuilder builder)
    {
    }
}
