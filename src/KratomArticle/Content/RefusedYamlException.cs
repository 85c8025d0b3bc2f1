using YamlDotNet.Core;

namespace KratomArticle.Content;

/// <summary>YAML that parses but that front matter refuses (an alias, deep nesting, a second document); its message is written for the author.</summary>
internal sealed class RefusedYamlException(Mark start, Mark end, string message) : YamlException(start, end, message)
{
    /// <summary>The message alone, without the position YamlDotNet puts before it; the position is reported separately.</summary>
    public string Reason { get; } = message;
}
