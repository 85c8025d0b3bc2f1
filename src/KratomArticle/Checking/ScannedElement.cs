using System.Collections.Frozen;
using System.Text;
using KratomArticle.Html;

namespace KratomArticle.Checking;

/// <summary>An element name the HTML link scan read, with its rules; the names it meets often are one string each, never allocated again.</summary>
internal readonly record struct ScannedElement(string Name, ElementRules Rules)
{
    private static readonly FrozenDictionary<string, ScannedElement> Known = KnownElements();

    /// <summary>The known names of up to eight letters, each packed into one number: most tags are found by hashing a number, not a string.</summary>
    private static readonly FrozenDictionary<ulong, ScannedElement> KnownByPackedName = Known.Values
        .Where(element => element.Name.Length <= sizeof(ulong))
        .ToFrozenDictionary(element => Pack(Encoding.ASCII.GetBytes(element.Name)));

    public bool Is(ElementRules rules) => (Rules & rules) != 0;

    /// <summary>The element of a lower-case ASCII name. A longer name (<c>blockquote</c>, <c>figcaption</c>) is rare enough to be made a string first.</summary>
    public static ScannedElement Of(ReadOnlySpan<byte> name)
    {
        if (name.Length <= sizeof(ulong))
        {
            return KnownByPackedName.TryGetValue(Pack(name), out var element) ? element : new(Encoding.ASCII.GetString(name), ElementRules.None);
        }

        var longName = Encoding.ASCII.GetString(name);
        return Known.TryGetValue(longName, out var known) ? known : new(longName, ElementRules.None);
    }

    /// <summary>Up to eight bytes as one number; the name's letters are never zero, so no two names pack alike.</summary>
    private static ulong Pack(ReadOnlySpan<byte> name)
    {
        var packed = 0UL;
        for (var i = name.Length - 1; i >= 0; i--)
        {
            packed = (packed << 8) | name[i];
        }

        return packed;
    }

    private static FrozenDictionary<string, ScannedElement> KnownElements()
    {
        var rules = new Dictionary<string, ElementRules>(StringComparer.Ordinal);
        void Mark(ElementRules rule, IEnumerable<string> names)
        {
            foreach (var name in names)
            {
                rules[name] = rules.GetValueOrDefault(name) | rule;
            }
        }

        // Elements with no rule of their own that generated pages hold often.
        Mark(ElementRules.None, ["html", "head", "body", "a", "abbr", "b", "button", "cite", "code", "del", "em", "i", "ins", "kbd", "label",
            "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "picture", "video", "audio"]);
        Mark(ElementRules.Void, HtmlVoidElements.Names);
        Mark(ElementRules.RawText, ["script", "style", "title", "textarea"]);
        Mark(ElementRules.Unsupported, ["form", "frameset", "iframe", "image", "isindex", "math", "noembed", "noframes", "noscript", "plaintext",
            "select", "svg", "template", "xmp", "listing"]);
        Mark(ElementRules.ClosesParagraph, ["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
            "fieldset", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav",
            "ol", "p", "pre", "search", "section", "summary", "table", "ul", "li", "dd", "dt"]);
        Mark(ElementRules.TablePart, ["caption", "colgroup", "col", "tbody", "thead", "tfoot", "tr", "td", "th"]);
        Mark(ElementRules.Heading, ["h1", "h2", "h3", "h4", "h5", "h6"]);
        return rules.ToFrozenDictionary(pair => pair.Key, pair => new ScannedElement(pair.Key, pair.Value), StringComparer.Ordinal);
    }
}
