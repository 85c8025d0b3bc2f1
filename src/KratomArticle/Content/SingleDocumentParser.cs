using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace KratomArticle.Content;

/// <summary>
/// <c>site.yml</c> and front matter hold one YAML document. YamlDotNet would read a second one after <c>---</c> or
/// <c>...</c> and the generator would silently ignore it, so this parser refuses it where it starts.
/// </summary>
internal sealed class SingleDocumentParser(IParser inner) : IParser
{
    private bool _started;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is DocumentStart start)
        {
            if (_started)
            {
                throw new RefusedYamlException(start.Start, start.End,
                    "A second YAML document starts here; keep everything in one, and remove this '---' or the '...' before it.");
            }

            _started = true;
        }

        return moved;
    }
}
