using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace KratomArticle.Checking;

/// <summary>
/// Reads the ids and links of generated HTML (Markdig's and the theme's) in one pass over its UTF-8 bytes, about a
/// hundred times faster than building a DOM. It reads what an HTML parser would only for markup that is well nested
/// and plainly written: quoted attributes, the usual character references, no comments, no element a parser would
/// move, drop or copy. On anything else it gives up and returns <see langword="null"/>, and the page is parsed in full.
/// </summary>
internal static class HtmlLinkScanner
{
    /// <summary>The ids and links (<c>href</c>, <c>src</c> and each URL of <c>srcset</c>) of <paramref name="html"/>, or <see langword="null"/> when only a full parser can tell them.</summary>
    public static PageLinkIndex? Scan(string path, ReadOnlySpan<byte> html, SourceLinks sources)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = ImmutableArray.CreateBuilder<string>();
        var links = ImmutableArray.CreateBuilder<string>();
        var open = new List<ScannedElement>();
        var position = 0;
        while (true)
        {
            var next = html[position..].IndexOf((byte)'<');
            if (next < 0)
            {
                break;
            }

            position += next + 1;
            if (position >= html.Length)
            {
                return null;
            }

            var first = html[position];
            if (first == '/')
            {
                if (!ReadEndTag(html, ref position, open))
                {
                    return null;
                }
            }
            else if (IsLowerLetter(first))
            {
                if (ReadStartTag(html, ref position, open) is not { } tag)
                {
                    return null;
                }

                if (tag.Id is { Length: > 0 } id && !ids.Add(id))
                {
                    duplicates.Add(id);
                }

                if (tag.Href is { Length: > 0 } href)
                {
                    links.Add(href);
                }

                if (tag.Src is { Length: > 0 } src)
                {
                    links.Add(src);
                }

                if (tag.Srcset is { Length: > 0 } srcset)
                {
                    links.AddRange(SrcsetUrls.In(srcset));
                }
            }
            else if (first == '!')
            {
                if (!SkipDoctype(html, ref position))
                {
                    return null;
                }
            }
            else if (first == '?')
            {
                return null;
            }
        }

        return open.Count == 0 ? new PageLinkIndex(path, ids, duplicates.ToImmutable(), links.ToImmutable(), sources) : null;
    }

    private static bool ReadEndTag(ReadOnlySpan<byte> html, ref int position, List<ScannedElement> open)
    {
        // Only the end tag of the element open last is read as it stands, so its name is compared as bytes, not looked up.
        position++;
        if (open.Count == 0)
        {
            return false;
        }

        var name = open[^1].Name;
        if (html.Length - position <= name.Length || !Ascii.Equals(html.Slice(position, name.Length), name))
        {
            return false;
        }

        position += name.Length;
        SkipWhitespace(html, ref position);
        if (position >= html.Length || html[position] != '>')
        {
            return false;
        }

        open.RemoveAt(open.Count - 1);
        position++;
        return true;
    }

    private static Tag? ReadStartTag(ReadOnlySpan<byte> html, ref int position, List<ScannedElement> open)
    {
        if (ReadName(html, ref position) is not { } element || !MayOpen(element, open))
        {
            return null;
        }

        var tag = new Tag();
        while (true)
        {
            SkipWhitespace(html, ref position);
            if (position >= html.Length)
            {
                return null;
            }

            if (html[position] == '>')
            {
                position++;
                break;
            }

            if (html[position] == '/')
            {
                if (position + 1 >= html.Length || html[position + 1] != '>' || !element.Is(ElementRules.Void))
                {
                    return null;
                }

                position += 2;
                return tag;
            }

            if (!ReadAttribute(html, ref position, out var attribute, out var value))
            {
                return null;
            }

            // A repeated attribute is dropped by a parser: the first one counts.
            tag = attribute switch
            {
                LinkAttribute.Id when tag.Id is null => tag with { Id = value },
                LinkAttribute.Href when tag.Href is null => tag with { Href = value },
                LinkAttribute.Src when tag.Src is null => tag with { Src = value },
                LinkAttribute.Srcset when tag.Srcset is null => tag with { Srcset = value },
                _ => tag,
            };
        }

        if (element.Is(ElementRules.Void))
        {
            return tag;
        }

        if (element.Is(ElementRules.RawText) && !SkipRawText(html, ref position, element.Name))
        {
            return null;
        }

        open.Add(element);
        return tag;
    }

    /// <summary>Whether a parser would open <paramref name="element"/> where it stands, as a child of the current element.</summary>
    private static bool MayOpen(ScannedElement element, List<ScannedElement> open)
    {
        var name = element.Name;
        ScannedElement? current = open.Count > 0 ? open[^1] : null;
        return !element.Is(ElementRules.Unsupported)
            && !(element.Is(ElementRules.ClosesParagraph) && IsOpen("p", open))
            && !(name == "a" && IsOpen("a", open))
            && !(name == "li" && current?.Name is not ("ul" or "ol" or "menu"))
            && !(name is "dd" or "dt" && current?.Name != "dl")
            && !(element.Is(ElementRules.Heading) && current?.Is(ElementRules.Heading) == true)
            && !(element.Is(ElementRules.TablePart) && !IsOpen("table", open));
    }

    private static bool IsOpen(string name, List<ScannedElement> open)
    {
        foreach (var element in open)
        {
            if (element.Name == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReadAttribute(ReadOnlySpan<byte> html, ref int position, out LinkAttribute name, out string? value)
    {
        var start = position;
        while (position < html.Length && IsAttributeNameByte(html[position]))
        {
            position++;
        }

        name = html[start..position] switch
        {
            [(byte)'i', (byte)'d'] => LinkAttribute.Id,
            [(byte)'h', (byte)'r', (byte)'e', (byte)'f'] => LinkAttribute.Href,
            [(byte)'s', (byte)'r', (byte)'c'] => LinkAttribute.Src,
            [(byte)'s', (byte)'r', (byte)'c', (byte)'s', (byte)'e', (byte)'t'] => LinkAttribute.Srcset,
            _ => LinkAttribute.None,
        };
        value = null;
        if (position == start || position >= html.Length || !(IsWhitespace(html[position]) || html[position] is (byte)'=' or (byte)'>' or (byte)'/'))
        {
            return false;
        }

        SkipWhitespace(html, ref position);
        if (position >= html.Length || html[position] != '=')
        {
            value = "";
            return true;
        }

        position++;
        SkipWhitespace(html, ref position);
        if (position >= html.Length || html[position] is not ((byte)'"' or (byte)'\''))
        {
            return false;
        }

        var quote = html[position];
        var end = html[(position + 1)..].IndexOf(quote);
        if (end < 0)
        {
            return false;
        }

        var raw = html.Slice(position + 1, end);
        position += end + 2;
        if (name == LinkAttribute.None)
        {
            return raw.IndexOfAny((byte)'\r', (byte)'\0') < 0;
        }

        value = Decode(raw);
        return value is not null;
    }

    /// <summary>An attribute value with its character references replaced; <see langword="null"/> for anything unusual.</summary>
    private static string? Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IndexOfAny((byte)'\r', (byte)'\0') >= 0)
        {
            return null;
        }

        if (raw.IndexOf((byte)'&') < 0)
        {
            return Encoding.UTF8.GetString(raw);
        }

        var text = new StringBuilder(raw.Length);
        while (raw.IndexOf((byte)'&') is var amp and >= 0)
        {
            text.Append(Encoding.UTF8.GetString(raw[..amp]));
            raw = raw[(amp + 1)..];
            var semicolon = raw.IndexOf((byte)';');
            if (semicolon <= 0 || Reference(raw[..semicolon]) is not { } decoded)
            {
                return null;
            }

            text.Append(decoded);
            raw = raw[(semicolon + 1)..];
        }

        return text.Append(Encoding.UTF8.GetString(raw)).ToString();
    }

    private static string? Reference(ReadOnlySpan<byte> name)
    {
        switch (name)
        {
            case [(byte)'a', (byte)'m', (byte)'p']:
                return "&";
            case [(byte)'l', (byte)'t']:
                return "<";
            case [(byte)'g', (byte)'t']:
                return ">";
            case [(byte)'q', (byte)'u', (byte)'o', (byte)'t']:
                return "\"";
            case [(byte)'a', (byte)'p', (byte)'o', (byte)'s']:
                return "'";
            case [(byte)'#', (byte)'x' or (byte)'X', .. var hex] when hex.Length is > 0 and <= 6
                && int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) && IsPlainCodePoint(code):
                return char.ConvertFromUtf32(code);
            case [(byte)'#', .. var digits] when digits.Length is > 0 and <= 7 && digits.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0
                && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var code) && IsPlainCodePoint(code):
                return char.ConvertFromUtf32(code);
            default:
                return null;
        }
    }

    /// <summary>Code points a parser takes as they are (it replaces NUL, surrogates and C1 controls).</summary>
    private static bool IsPlainCodePoint(int code) =>
        code is > 0 and < 0x80 or > 0x9F and < 0xD800 or > 0xDFFF and <= 0x10FFFF;

    /// <summary>Skips a <c>&lt;!DOCTYPE …&gt;</c>; comments, CDATA and the like are left to a full parser.</summary>
    private static bool SkipDoctype(ReadOnlySpan<byte> html, ref int position)
    {
        const string Doctype = "!doctype";
        if (html.Length - position < Doctype.Length || !Ascii.EqualsIgnoreCase(html.Slice(position, Doctype.Length), Doctype))
        {
            return false;
        }

        var end = html[position..].IndexOf((byte)'>');
        position += end + 1;
        return end >= 0;
    }

    /// <summary>Moves past the text of a raw-text element to its end tag, which the scan then reads as usual.</summary>
    private static bool SkipRawText(ReadOnlySpan<byte> html, ref int position, string name)
    {
        Span<byte> endTag = stackalloc byte[name.Length + 2];
        endTag[0] = (byte)'<';
        endTag[1] = (byte)'/';
        Encoding.ASCII.GetBytes(name, endTag[2..]);
        var end = html[position..].IndexOf(endTag);
        if (end < 0 || html[position..(position + end)].IndexOf("</"u8) >= 0)
        {
            return false;
        }

        position += end;
        return true;
    }

    private static ScannedElement? ReadName(ReadOnlySpan<byte> html, ref int position)
    {
        var start = position;
        while (position < html.Length && (IsLowerLetter(html[position]) || char.IsAsciiDigit((char)html[position])))
        {
            position++;
        }

        var end = position < html.Length ? html[position] : (byte)0;
        return position > start && (IsWhitespace(end) || end is (byte)'>' or (byte)'/') ? ScannedElement.Of(html[start..position]) : null;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SkipWhitespace(ReadOnlySpan<byte> html, ref int position)
    {
        while (position < html.Length && IsWhitespace(html[position]))
        {
            position++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLowerLetter(byte b) => b is >= (byte)'a' and <= (byte)'z';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\f';

    /// <summary>Lower-case letters, digits and <c>-</c>: a parser lower-cases other names, and some bytes end them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAttributeNameByte(byte b) => IsLowerLetter(b) || char.IsAsciiDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)':';

    private enum LinkAttribute
    {
        None,
        Id,
        Href,
        Src,
        Srcset,
    }

    private readonly record struct Tag(string? Id, string? Href, string? Src, string? Srcset);
}
