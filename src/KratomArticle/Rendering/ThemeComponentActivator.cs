using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Components;

namespace KratomArticle.Rendering;

/// <summary>
/// Creates the theme's components with their parameterless constructors. Blazor's own activator first builds a factory
/// for each component type through ActivatorUtilities, looking for constructors it could inject services into; in the
/// native executable that reflection was a tenth of the time the article's build took. A component here takes nothing
/// in its constructor.
/// </summary>
internal sealed class ThemeComponentActivator : IComponentActivator
{
    public IComponent CreateInstance([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] Type componentType) =>
        Activator.CreateInstance(componentType) as IComponent
        ?? throw new ArgumentException($"{componentType.FullName} is not a component.", nameof(componentType));
}
