using KratomArticle.Engine;

namespace KratomArticle.Reporting;

/// <summary>The one line a bug in the generator is printed as, naming the file it was building when there is one.</summary>
internal static class BugReport
{
    public static string Line(Exception exception, string workingDirectory)
    {
        var error = InternalBuildException.In(exception);
        var bug = error?.InnerException ?? Innermost(exception);
        var where = error is null ? "the site" : Path.GetRelativePath(workingDirectory, error.File).Replace('\\', '/');
        var message = bug.Message.ReplaceLineEndings(" ");
        return $"internal error while building {where}: {bug.GetType().Name}: {message} (this is a bug in kratom; please report it)";
    }

    private static Exception Innermost(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions: [var first, ..] } => Innermost(first),
        _ => exception,
    };
}
