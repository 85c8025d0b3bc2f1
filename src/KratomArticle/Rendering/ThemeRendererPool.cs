using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KratomArticle.Rendering;

/// <summary>Theme renderers for pages rendered in parallel: each worker takes one, renders, and gives it back.</summary>
internal sealed class ThemeRendererPool : IDisposable
{
    private readonly ConcurrentBag<ThemeRenderer> _idle = [];

    public byte[] Render([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page)
    {
        var renderer = _idle.TryTake(out var idle) ? idle : new ThemeRenderer();
        try
        {
            return renderer.Render(component, page);
        }
        finally
        {
            _idle.Add(renderer);
        }
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var renderer))
        {
            renderer.Dispose();
        }
    }
}
