namespace KratomArticle.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors; they were listed.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line, or a folder it names, cannot be used.</summary>
    public const int UsageError = 2;

    /// <summary>The generator met a bug of its own; one line says where.</summary>
    public const int InternalError = 3;
}
