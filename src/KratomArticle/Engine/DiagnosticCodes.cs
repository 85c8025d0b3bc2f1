namespace KratomArticle.Engine;

/// <summary>Every diagnostic code the generator reports. The README lists them for authors.</summary>
internal static class DiagnosticCodes
{
    public const string FileUnreadable = "KA0001";
    public const string SiteSettingsMissing = "KA0002";
    public const string NoPages = "KA0003";
    public const string ThemeFileUnusable = "KA0004";
    public const string ThemeAssetMissing = "KA0005";

    public const string FrontMatterMalformed = "KA0101";
    public const string RequiredKeyMissing = "KA0102";
    public const string DuplicateKey = "KA0103";
    public const string InvalidValue = "KA0104";
    public const string UnknownKey = "KA0105";
    public const string FrontMatterUnclosed = "KA0106";
    public const string FrontMatterMissing = "KA0107";
    public const string UnsupportedCharacter = "KA0108";
    public const string ShareImageInvalid = "KA0109";
    public const string ShareImageSmall = "KA0110";

    public const string DuplicateSectionNumber = "KA0201";
    public const string SectionWithoutPage = "KA0202";
    public const string DuplicateHeadingId = "KA0203";
    public const string DuplicateRoute = "KA0204";
    public const string EmptyHeading = "KA0205";
    public const string UnreadHeadingAttributes = "KA0206";

    public const string MarkdownFailed = "KA0301";
    public const string UnknownCalloutType = "KA0302";

    public const string BrokenLink = "KA0501";
    public const string DuplicateElementId = "KA0502";
    public const string SitemapSkipped = "KA0401";

    public const string ReviewOverdue = "KA0601";
    public const string ReadingGradeAbove = "KA0602";
}
