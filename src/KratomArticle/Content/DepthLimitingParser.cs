using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KratomArticle.Content;

/// <summary>
/// YamlDotNet builds its node tree recursively, so some tens of kilobytes of <c>[[[[…</c> or <c>{{{{…</c> overflow the
/// stack and end the process, which no catch can stop. This parser refuses nesting deeper than front matter
/// ever needs, as soon as it is read.
/// </summary>
internal sealed class DepthLimitingParser(IParser inner) : IParser
{
    public const int MaxDepth = 64;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        switch (inner.Current)
        {
            case SequenceStart or MappingStart when ++_depth > MaxDepth:
                throw new RefusedYamlException(inner.Current.Start, inner.Current.End, $"Lists and mappings are nested more than {MaxDepth} levels deep; flatten them.");
            case SequenceEnd or MappingEnd:
                _depth--;
                break;
        }

        return moved;
    }
}
