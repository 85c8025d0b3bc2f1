using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KratomArticle.Content;

/// <summary>
/// Front matter has no use for YAML anchors and aliases, and aliases are how a small "billion laughs"
/// document expands into an enormous one. This parser refuses the first alias as it is read.
/// </summary>
internal sealed class AliasRefusingParser(IParser inner) : IParser
{
    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is AnchorAlias alias)
        {
            throw new RefusedYamlException(alias.Start, alias.End, $"Aliases (*{alias.Value}) are not allowed in front matter; write the value out.");
        }

        return moved;
    }
}
