using System.Collections.Frozen;

namespace KratomArticle.Html;

/// <summary>
/// The elements an HTML parser never opens: their start tag has no end tag and nothing nests inside them. That is the
/// HTML standard's list of void elements (<c>area</c> to <c>wbr</c>) and the obsolete ones its parsing rules still treat
/// the same way (<c>basefont</c>, <c>bgsound</c>, <c>frame</c>, <c>keygen</c>, <c>param</c>): both readers of HTML here
/// follow what a browser builds, not what a conforming page may hold. Names are compared ignoring case, as a parser does.
/// </summary>
internal static class HtmlVoidElements
{
    public static FrozenSet<string> Names { get; } = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "param");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ByName = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> name) => ByName.Contains(name);
}
