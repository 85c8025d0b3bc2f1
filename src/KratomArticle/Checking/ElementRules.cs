namespace KratomArticle.Checking;

/// <summary>What <see cref="HtmlLinkScanner"/> must know of an element to read it as a parser would.</summary>
[Flags]
internal enum ElementRules
{
    None = 0,

    /// <summary>Never opened: a start tag with no end tag (<see cref="Html.HtmlVoidElements"/>).</summary>
    Void = 1,

    /// <summary>Its text is not markup; the scan skips to its end tag.</summary>
    RawText = 2,

    /// <summary>A parser treats it in ways the scan does not follow (foreign content, templates, forms, frames…).</summary>
    Unsupported = 4,

    /// <summary>Its start tag closes an open <c>p</c>: inside one, a parser restructures the tree.</summary>
    ClosesParagraph = 8,

    /// <summary>A part of a table, which a parser drops outside one.</summary>
    TablePart = 16,

    /// <summary>A heading, which a parser does not open inside another.</summary>
    Heading = 32,
}
