using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KratomArticle.Theming;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.RenderTree;

#pragma warning disable BL0006 // The render tree's frames are read here on purpose: they are what this renderer writes out.

namespace KratomArticle.Rendering;

/// <summary>
/// Renders a theme's components (<see cref="ThemeComponent"/>) to UTF-8 HTML: each component's render tree is built
/// and written out as it is walked, and a child component is rendered where its frame stands. A page is rendered once,
/// so nothing of Blazor's renderer is needed: its component states, render batches and diffs made the theme take 18% of
/// a 5,000-page build, where it now takes 13%.
/// </summary>
/// <remarks>
/// <para>
/// The HTML is the bytes Blazor's <c>HtmlRenderer</c> writes for the same tree: an attribute of <see langword="true"/>
/// is written bare, text and attribute values are HTML-encoded (inside <c>&lt;script&gt;</c>, JavaScript-encoded), an
/// element without content is closed at once (<c>&lt;link ... /&gt;</c> for a void one).
/// </para>
/// <para>
/// What a static page has no use for is left out: a component gets its <c>[Parameter]</c> properties and nothing else
/// (no services, cascading values or render mode), and is not disposed; form fields' bound values (<c>&lt;select&gt;</c>,
/// <c>&lt;textarea&gt;</c>) get no special treatment, and a form's named event is refused.
/// </para>
/// <para>One renderer serves one thread at a time; <see cref="ThemeRendererPool"/> gives each worker its own.</para>
/// </remarks>
internal sealed class ThemeRenderer : IDisposable
{
    /// <summary>Text is encoded as HTML needs, and non-ASCII left as it is: the default encoder writes every accented letter as an entity.</summary>
    public static readonly HtmlEncoder HtmlEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>
    /// Blazor's list of elements written <c>&lt;x /&gt;</c> when empty, which this renderer matches byte for byte. It is not
    /// <see cref="Html.HtmlVoidElements"/>, which adds the obsolete ones a parser treats alike (<c>frame</c>, <c>keygen</c>…).
    /// </summary>
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private readonly Utf8HtmlWriter _html = new();

    /// <summary>A child component's parameters, gathered from its frames; reused, as they are copied into its <see cref="ParameterView"/>.</summary>
    private readonly Dictionary<string, object?> _parameters = new(StringComparer.Ordinal);

    /// <summary>Renders the component with its <c>Page</c> parameter set to <paramref name="page"/>.</summary>
    public byte[] Render([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] Type component, object page)
    {
        _html.Clear();
        _parameters.Clear();
        _parameters["Page"] = page;
        try
        {
            WriteComponent(component, HtmlEncoder);
            return _html.WrittenBytes.ToArray();
        }
        finally
        {
            // The last child's parameters may capture the page (a fragment of its parent's markup); the renderer waits
            // in its pool until the next page and must not keep this one.
            _parameters.Clear();
        }
    }

    public void Dispose() => _html.Dispose();

    /// <summary>Creates the component, gives it the parameters gathered in <see cref="_parameters"/>, and writes its markup.</summary>
    private void WriteComponent([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] Type type, TextEncoder textEncoder)
    {
        var component = Activator.CreateInstance(type) as ThemeComponent
            ?? throw new InvalidOperationException($"The theme's component {type.FullName} does not inherit {nameof(ThemeComponent)}; a theme renders only its own components.");
        component.SetParameters(ParameterView.FromDictionary(_parameters));
        using var builder = new RenderTreeBuilder();
        component.BuildInto(builder);
        var frames = builder.GetFrames();
        WriteFrames(frames.Array, 0, frames.Count, textEncoder);
    }

    /// <param name="textEncoder">How text is encoded where it stands: for HTML, or for JavaScript inside a <c>&lt;script&gt;</c>.</param>
    private void WriteFrames(RenderTreeFrame[] frames, int start, int end, TextEncoder textEncoder)
    {
        for (var at = start; at < end;)
        {
            at = WriteFrame(frames, at, textEncoder);
        }
    }

    /// <returns>The position of the frame after this one and its subtree.</returns>
    private int WriteFrame(RenderTreeFrame[] frames, int at, TextEncoder textEncoder)
    {
        ref var frame = ref frames[at];
        switch (frame.FrameType)
        {
            case RenderTreeFrameType.Element:
                return WriteElement(frames, at, textEncoder);
            case RenderTreeFrameType.Text:
                textEncoder.Encode(_html, frame.TextContent);
                return at + 1;
            case RenderTreeFrameType.Markup:
                _html.Write(frame.MarkupContent);
                return at + 1;
            case RenderTreeFrameType.Component:
                WriteChildComponent(frames, at, textEncoder);
                return SubtreeEnd(frames, at, frame.ComponentSubtreeLength);
            case RenderTreeFrameType.Region:
                var regionEnd = SubtreeEnd(frames, at, frame.RegionSubtreeLength);
                WriteFrames(frames, at + 1, regionEnd, textEncoder);
                return regionEnd;
            case RenderTreeFrameType.ElementReferenceCapture or RenderTreeFrameType.ComponentReferenceCapture:
                return at + 1;
            default:
                throw new InvalidOperationException($"A theme's markup cannot hold a {frame.FrameType} frame here (position {at}).");
        }
    }

    /// <param name="textEncoder">How the element's attribute values are encoded, and its text unless it is a <c>&lt;script&gt;</c>, whose content is encoded for JavaScript (as Blazor does, down to its nested elements' attributes).</param>
    private int WriteElement(RenderTreeFrame[] frames, int at, TextEncoder textEncoder)
    {
        var name = frames[at].ElementName;
        var end = SubtreeEnd(frames, at, frames[at].ElementSubtreeLength);
        _html.Write('<');
        _html.Write(name);
        var content = WriteAttributes(frames, at + 1, end, textEncoder);
        if (content == end)
        {
            if (VoidElements.Contains(name))
            {
                _html.Write(" />");
            }
            else
            {
                _html.Write("></");
                _html.Write(name);
                _html.Write('>');
            }

            return end;
        }

        _html.Write('>');
        WriteFrames(frames, content, end, string.Equals(name, "script", StringComparison.OrdinalIgnoreCase) ? JavaScriptEncoder.Default : textEncoder);

        _html.Write("</");
        _html.Write(name);
        _html.Write('>');
        return end;
    }

    /// <returns>The position of the element's first frame of content.</returns>
    private int WriteAttributes(RenderTreeFrame[] frames, int at, int end, TextEncoder textEncoder)
    {
        for (; at < end; at++)
        {
            ref var frame = ref frames[at];
            if (frame.FrameType == RenderTreeFrameType.ElementReferenceCapture)
            {
                continue;
            }

            if (frame.FrameType != RenderTreeFrameType.Attribute)
            {
                return at;
            }

            // The render tree builder has already dropped false and null values and made others text; what is left
            // is a bare attribute, a value, or an event handler, which a static page has no use for.
            switch (frame.AttributeValue)
            {
                case true:
                    _html.Write(' ');
                    _html.Write(frame.AttributeName);
                    break;
                case string value:
                    _html.Write(' ');
                    _html.Write(frame.AttributeName);
                    _html.Write("=\"");
                    textEncoder.Encode(_html, value);
                    _html.Write('"');
                    break;
            }
        }

        return end;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "A component frame's type comes from OpenComponent<T>, which keeps T's constructors.")]
    private void WriteChildComponent(RenderTreeFrame[] frames, int at, TextEncoder textEncoder)
    {
        var end = SubtreeEnd(frames, at, frames[at].ComponentSubtreeLength);
        _parameters.Clear();
        for (var attribute = at + 1; attribute < end && frames[attribute].FrameType == RenderTreeFrameType.Attribute; attribute++)
        {
            _parameters[frames[attribute].AttributeName] = frames[attribute].AttributeValue;
        }

        WriteComponent(frames[at].ComponentType, textEncoder);
    }

    /// <summary>The position after a frame's subtree; an element, component or region left open has none, and is a bug in the theme.</summary>
    private static int SubtreeEnd(RenderTreeFrame[] frames, int at, int subtreeLength) =>
        subtreeLength > 0
            ? at + subtreeLength
            : throw new InvalidOperationException($"A theme's markup left an open {frames[at].FrameType} (frame {at}); every Open call needs its Close.");
}
