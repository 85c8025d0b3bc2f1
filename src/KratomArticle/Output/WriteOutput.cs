using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder and swaps it in only when every file is
/// written, so a failed or interrupted build leaves the previous site as it was.
/// </summary>
public sealed class WriteOutput(string outputDirectory) : IModule<ImmutableArray<OutputFile>, int>
{
    private readonly string _output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));

    private string Parent => Path.GetDirectoryName(_output)!;

    private string StagingPrefix => $".{Path.GetFileName(_output)}.staging-";

    private string PreviousPrefix => $".{Path.GetFileName(_output)}.previous-";

    public int Run(ImmutableArray<OutputFile> files, BuildContext context)
    {
        Directory.CreateDirectory(Parent);
        RecoverFromInterruptedBuild();

        var staging = Path.Combine(Parent, StagingPrefix + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            WriteAll(files, staging);
            SwapIn(staging);
        }
        catch
        {
            DeleteQuietly(staging);
            throw;
        }

        return files.Length;
    }

    /// <summary>Removes what an interrupted build left behind; restores the previous site if it was caught between the two renames.</summary>
    private void RecoverFromInterruptedBuild()
    {
        foreach (var staging in Directory.EnumerateDirectories(Parent, StagingPrefix + "*"))
        {
            DeleteQuietly(staging);
        }

        foreach (var previous in Directory.EnumerateDirectories(Parent, PreviousPrefix + "*").Order(StringComparer.Ordinal))
        {
            if (!Directory.Exists(_output))
            {
                Directory.Move(previous, _output);
            }
            else
            {
                DeleteQuietly(previous);
            }
        }
    }

    private static void WriteAll(ImmutableArray<OutputFile> files, string staging)
    {
        var root = staging + Path.DirectorySeparatorChar;
        foreach (var file in files)
        {
            var path = Path.GetFullPath(Path.Combine(staging, file.Path));
            if (!path.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Refusing to write {file.Path}: it is outside the output folder.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
            stream.Write(file.Content.Span);
        }
    }

    private void SwapIn(string staging)
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(staging, _output);
            return;
        }

        var previous = Path.Combine(Parent, PreviousPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.Move(_output, previous);
        Directory.Move(staging, _output);
        DeleteQuietly(previous);
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
