namespace KratomArticle.Cli;

/// <summary>A command line that names something unusable: printed as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
