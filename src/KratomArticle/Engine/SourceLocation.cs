namespace KratomArticle.Engine;

/// <summary>A position in a content file: 1-based line and column, the path relative to the content folder.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>The start of a file, for problems that concern the whole file.</summary>
    public static SourceLocation StartOf(string file) => new(file, 1, 1);
}
