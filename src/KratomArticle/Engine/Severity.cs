namespace KratomArticle.Engine;

internal enum Severity
{
    Warning,
    Error,
}
