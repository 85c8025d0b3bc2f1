namespace KratomArticle.Checking;

/// <summary>The URLs of a <c>srcset</c> attribute: each candidate's URL, without its width or density descriptor.</summary>
internal static class SrcsetUrls
{
    /// <summary>Splits <paramref name="srcset"/> as the HTML standard does: a URL runs to white space; a comma ends a candidate.</summary>
    public static IEnumerable<string> In(string srcset)
    {
        var position = 0;
        while (true)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            if (position >= srcset.Length)
            {
                yield break;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position];
            var trimmed = url.TrimEnd(',');
            yield return trimmed;
            if (trimmed.Length == url.Length)
            {
                // The descriptors run to the next comma outside parentheses.
                var depth = 0;
                while (position < srcset.Length && (srcset[position] != ',' || depth > 0))
                {
                    depth += srcset[position] switch { '(' => 1, ')' => -1, _ => 0 };
                    position++;
                }
            }
        }
    }
}
