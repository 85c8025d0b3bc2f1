using System.Globalization;

namespace KratomArticle.Content;

/// <summary>The escapes of double-quoted YAML text (<c>"\n"</c>, <c>"\x41"</c>, <c>"\u00e9"</c>): finds the first one YAML cannot read.</summary>
internal static class YamlEscapes
{
    private const string SingleCharacterEscapes = "0abt\tnvfre \"/\\N_LP\r\n";

    /// <summary>The first bad escape of the double-quoted text that opens at <paramref name="quote"/>, or <see langword="null"/>.</summary>
    public static (int Index, string Message)? FindInvalid(string yaml, int quote)
    {
        for (var i = quote + 1; i < yaml.Length && yaml[i] != '"'; i++)
        {
            if (yaml[i] != '\\')
            {
                continue;
            }

            var escape = i + 1 < yaml.Length ? yaml[i + 1] : '\n';
            var digits = escape switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 0 && !SingleCharacterEscapes.Contains(escape, StringComparison.Ordinal))
            {
                return (i, $"'\\{escape}' is not an escape YAML knows in double-quoted text; write '\\\\' for a backslash, or put the text in single quotes.");
            }

            if (digits > 0 && Problem(yaml, i, escape, digits) is { } message)
            {
                return (i, message);
            }

            i++;
        }

        return null;
    }

    private static string? Problem(string yaml, int backslash, char escape, int digits)
    {
        var hex = yaml.AsSpan(backslash + 2, Math.Min(digits, yaml.Length - backslash - 2));
        var count = 0;
        while (count < hex.Length && char.IsAsciiHexDigit(hex[count]))
        {
            count++;
        }

        var written = $"\\{escape}{hex[..count]}";
        if (count < digits)
        {
            return $"'{written}' needs {digits} hexadecimal digits after '\\{escape}'.";
        }

        var value = int.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        var pairedHigh = value is >= 0xD800 and <= 0xDBFF && yaml.AsSpan(backslash + 6).StartsWith("\\u", StringComparison.Ordinal)
            && int.TryParse(yaml.AsSpan(backslash + 8, Math.Min(4, yaml.Length - backslash - 8)), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var low)
            && low is >= 0xDC00 and <= 0xDFFF;
        return value > 0x10FFFF || (value is >= 0xD800 and <= 0xDFFF && !pairedHigh && !IsLowAfterHigh(yaml, backslash))
            ? $"'{written}' is not a character; write the character itself."
            : null;
    }

    private static bool IsLowAfterHigh(string yaml, int backslash) =>
        backslash >= 6 && yaml.AsSpan(backslash - 6, 2).SequenceEqual("\\u")
        && int.TryParse(yaml.AsSpan(backslash - 4, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var high)
        && high is >= 0xD800 and <= 0xDBFF;
}
