using KratomArticle.Engine;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KratomArticle.Content;

/// <summary>
/// Reads typed values out of one YAML mapping, reporting each problem at its line and column in the file.
/// Mapping by hand (rather than deserializing) keeps every key's position and needs no reflection.
/// </summary>
internal sealed class YamlFields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);
    private readonly YamlSource _source;
    private readonly Mark _start;

    private YamlFields(Dictionary<string, (YamlScalarNode, YamlNode)> fields, YamlSource source, Mark start)
    {
        _fields = fields;
        _source = source;
        _start = start;
    }

    /// <summary>The fields of an empty mapping: every required key is then reported missing at <paramref name="source"/>'s first line.</summary>
    public static YamlFields Empty(YamlSource source) => new([], source, Mark.Empty);

    /// <summary>Reads a mapping node (YamlDotNet has already refused duplicate keys); reports a key that is not plain text.</summary>
    public static YamlFields? From(YamlMappingNode mapping, YamlSource source)
    {
        var fields = new Dictionary<string, (YamlScalarNode, YamlNode)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is YamlScalarNode { Value: null or "" })
            {
                source.Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed,
                    "This ':' has no key before it; write 'key: value', or put a value that holds ': ' in quotes.", source.At(ColonBefore(keyNode, value))));
                return null;
            }

            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                source.Report(Diagnostic.Error(DiagnosticCodes.FrontMatterMalformed, "A key must be plain text.", source.At(keyNode.Start)));
                return null;
            }

            fields[key] = (scalarKey, value);
        }

        return new YamlFields(fields, source, mapping.Start);
    }

    public SourceLocation Location => _source.At(_start);

    /// <summary>
    /// The ':' of a key-less <c>: value</c> line: two columns before the value, as YamlDotNet places the empty key at
    /// the end of the line before. With no value either (<c>? </c> alone), the key's own position.
    /// </summary>
    private static Mark ColonBefore(YamlNode key, YamlNode value) =>
        value is YamlScalarNode { Value: null or "" } ? key.Start : new(value.Start.Index, value.Start.Line, Math.Max(1, value.Start.Column - 2));

    public bool Has(string key) => _fields.ContainsKey(key);

    /// <summary>Where <paramref name="key"/> is written, or the mapping's start when it is not.</summary>
    public SourceLocation KeyLocation(string key) => _fields.TryGetValue(key, out var field) ? _source.At(field.Key.Start) : Location;

    /// <summary>Reports a problem found by a reader of these fields.</summary>
    public void Report(Diagnostic diagnostic) => _source.Report(diagnostic);

    /// <summary>The file line a text value starts on: for a literal (<c>|</c>) or folded (<c>&gt;</c>) block, the line after the key.</summary>
    public int? TextLineOf(string key) =>
        _fields.TryGetValue(key, out var field) && field.Value is YamlScalarNode scalar
            ? _source.At(scalar.Start).Line + (scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded ? 1 : 0)
            : null;

    public string? OptionalString(string key)
    {
        _read.Add(key);
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is YamlScalarNode { Value: { } text })
        {
            ReportCharacterXmlCannotCarry(key, text, field.Value);
            return text.Trim();
        }

        _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be text, not a list or a mapping.", _source.At(field.Value.Start)));
        return null;
    }

    public string? RequiredString(string key)
    {
        var value = OptionalString(key);
        if (value is null && !_fields.ContainsKey(key))
        {
            _source.Report(Diagnostic.Error(DiagnosticCodes.RequiredKeyMissing, $"The required key '{key}' is missing.", Location));
        }
        else if (string.IsNullOrEmpty(value) && _fields.TryGetValue(key, out var field) && field.Value is not YamlSequenceNode and not YamlMappingNode)
        {
            _source.Report(Diagnostic.Error(DiagnosticCodes.RequiredKeyMissing, $"The required key '{key}' is empty.", _source.At(field.Key.Start)));
            return null;
        }

        return value;
    }

    public DateOnly? OptionalDate(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (IsoDate.TryParse(text, out var date))
        {
            return date;
        }

        _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue,
            $"'{key}' must be a date written as YYYY-MM-DD, not '{text}'.", _source.At(_fields[key].Value.Start)));
        return null;
    }

    public bool OptionalBool(string key)
    {
        var text = OptionalString(key);
        switch (text)
        {
            case null or "false":
                return false;
            case "true":
                return true;
            default:
                _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue,
                    $"'{key}' must be true or false, not '{text}'.", _source.At(_fields[key].Value.Start)));
                return false;
        }
    }

    /// <summary>Reads an absolute http or https URL; reports any other value at its position.</summary>
    public Uri? OptionalWebUrl(string key)
    {
        var text = OptionalString(key);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            return url;
        }

        ReportInvalid(key, $"'{key}' must be an absolute http or https URL, not '{text}'.");
        return null;
    }

    /// <summary>Where the value of <paramref name="key"/> starts, or <see langword="null"/> when the key is not given.</summary>
    public SourceLocation? ValueLocation(string key) =>
        _fields.TryGetValue(key, out var field) ? _source.At(field.Value.Start) : null;

    /// <summary>Reads a list of mappings, one <see cref="YamlFields"/> per item; reports any item that is not a mapping.</summary>
    public IReadOnlyList<YamlFields> OptionalList(string key)
    {
        _read.Add(key);
        if (!_fields.TryGetValue(key, out var field) || IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"'{key}' must be a list.", _source.At(field.Value.Start)));
            return [];
        }

        var items = new List<YamlFields>();
        foreach (var item in sequence.Children)
        {
            if (item is YamlMappingNode mapping && From(mapping, _source) is { } fields)
            {
                items.Add(fields);
            }
            else if (item is not YamlMappingNode)
            {
                _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, $"Each item of '{key}' must be a mapping of keys and values.", _source.At(item.Start)));
            }
        }

        return items;
    }

    /// <summary>Reports a value that has the right type but is not acceptable, at the value's position.</summary>
    public void ReportInvalid(string key, string message) =>
        _source.Report(Diagnostic.Error(DiagnosticCodes.InvalidValue, message, _fields.TryGetValue(key, out var field) ? _source.At(field.Value.Start) : Location));

    /// <summary>Warns about every key that no reader asked for: usually a typo.</summary>
    public void ReportUnknownKeys(IEnumerable<string> knownKeys)
    {
        var known = string.Join(", ", knownKeys);
        foreach (var (key, field) in _fields.Where(f => !_read.Contains(f.Key)).OrderBy(f => f.Value.Key.Start.Index))
        {
            _source.Report(Diagnostic.Warning(DiagnosticCodes.UnknownKey,
                $"Unknown key '{key}' is ignored (known keys: {known}).", _source.At(field.Key.Start)));
        }
    }

    /// <summary>
    /// Text goes into the feed, the sitemap's pages and the pages' metadata, and XML cannot carry some characters at all
    /// (the C0 control characters other than tab and line breaks, U+FFFE, U+FFFF). They are refused here, where the
    /// author can be told where they are, rather than dropped without a word. YAML has already refused lone surrogates.
    /// </summary>
    private void ReportCharacterXmlCannotCarry(string key, string text, YamlNode value)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is (< 0x20 and not ('\t' or '\n' or '\r')) or 0xFFFE or 0xFFFF)
            {
                _source.Report(Diagnostic.Error(DiagnosticCodes.UnsupportedCharacter,
                    $"'{key}' holds the character U+{rune.Value:X4}, which web pages and feeds cannot carry; delete it.", _source.At(value.Start)));
                return;
            }
        }
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
