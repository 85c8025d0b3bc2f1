namespace KratomArticle.Engine;

/// <summary>A problem in the content, reported by a module instead of thrown.</summary>
/// <param name="Code">A stable code from <see cref="DiagnosticCodes"/>, e.g. <c>KA0102</c>.</param>
/// <param name="Location">Where the problem is, or <see langword="null"/> for the site as a whole.</param>
internal sealed record Diagnostic(Severity Severity, string Code, string Message, SourceLocation? Location)
{
    public static Diagnostic Error(string code, string message, SourceLocation? location) => new(Severity.Error, code, message, location);

    public static Diagnostic Warning(string code, string message, SourceLocation? location) => new(Severity.Warning, code, message, location);

    /// <summary>
    /// The MSBuild form editors and CI parse: <c>content/02-risks.md(14,3): error KA0102: message</c>.
    /// </summary>
    /// <param name="contentPrefix">How the content folder is shown before each file, e.g. <c>content/</c>.</param>
    public string Format(string contentPrefix)
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        var origin = Location is { } at ? $"{(at.InSiteRoot ? "" : contentPrefix)}{at.File}({at.Line},{at.Column}): " : "";
        return $"{origin}{severity} {Code}: {Message}";
    }
}
