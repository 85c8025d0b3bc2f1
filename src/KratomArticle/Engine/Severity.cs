namespace KratomArticle.Engine;

public enum Severity
{
    Warning,
    Error,
}
