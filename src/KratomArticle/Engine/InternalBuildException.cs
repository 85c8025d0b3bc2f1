namespace KratomArticle.Engine;

/// <summary>
/// A bug in the generator, met while one file was built: not a problem with the content, so it is not a diagnostic.
/// The command line prints it as one line and exits with its own code.
/// </summary>
/// <param name="File">The full path of the file being built.</param>
internal sealed class InternalBuildException(string file, Exception bug)
    : Exception($"{bug.GetType().Name} while building {file}: {bug.Message}", bug)
{
    public string File { get; } = file;

    /// <summary>Runs <paramref name="build"/>; any exception it throws, but an I/O error, becomes an <see cref="InternalBuildException"/> naming the file.</summary>
    /// <param name="file">The file's path relative to the content folder.</param>
    public static T Guard<T>(string file, BuildContext context, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is not (InternalBuildException or IOException or UnauthorizedAccessException))
        {
            // A file that cannot be written is a problem of the machine, reported as such by the command line.
            throw new InternalBuildException(Path.Combine(context.Options.ContentDirectory, file), e);
        }
    }

    /// <summary>The first <see cref="InternalBuildException"/> inside <paramref name="exception"/>, which parallel work wraps in <see cref="AggregateException"/>.</summary>
    public static InternalBuildException? In(Exception exception) => exception switch
    {
        InternalBuildException error => error,
        AggregateException aggregate => aggregate.InnerExceptions.Select(In).FirstOrDefault(e => e is not null),
        _ => exception.InnerException is { } inner ? In(inner) : null,
    };
}
