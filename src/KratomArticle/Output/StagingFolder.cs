using System.Collections.Concurrent;

namespace KratomArticle.Output;

/// <summary>
/// Writes the site into a staging folder beside the output folder as its files are made, and swaps it in only when
/// the build succeeded, so a failed or interrupted build leaves the previous site as it was.
/// </summary>
internal sealed class StagingFolder : SiteOutput, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _stagingRoot;
    private readonly ConcurrentDictionary<string, byte> _createdFolders = new(StringComparer.Ordinal);
    private bool _swapped;

    private StagingFolder(string output)
    {
        _output = output;
        _staging = Path.Combine(Parent, StagingPrefix + Guid.NewGuid().ToString("N")[..12]);
        _stagingRoot = _staging + Path.DirectorySeparatorChar;
    }

    private string Parent => Path.GetDirectoryName(_output)!;

    private string StagingPrefix => $".{Path.GetFileName(_output)}.staging-";

    private string PreviousPrefix => $".{Path.GetFileName(_output)}.previous-";

    /// <summary>Clears what an interrupted build left beside <paramref name="outputDirectory"/> and starts a new staging folder.</summary>
    public static StagingFolder Create(string outputDirectory)
    {
        var folder = new StagingFolder(Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory)));
        Directory.CreateDirectory(folder.Parent);
        folder.RecoverFromInterruptedBuild();
        Directory.CreateDirectory(folder._staging);
        folder._createdFolders.TryAdd(folder._staging, 0);
        return folder;
    }

    /// <summary>Replaces the output folder with the staging folder.</summary>
    public void SwapIn()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
        }
        else
        {
            var previous = Path.Combine(Parent, PreviousPrefix + Guid.NewGuid().ToString("N")[..12]);
            Directory.Move(_output, previous);
            Directory.Move(_staging, _output);
            DeleteQuietly(previous);
        }

        _swapped = true;
    }

    /// <summary>Deletes the staging folder unless it was swapped in.</summary>
    public void Dispose()
    {
        if (!_swapped)
        {
            DeleteQuietly(_staging);
        }
    }

    protected override void Store(OutputFile file)
    {
        using var handle = File.OpenHandle(Prepare(file.Path), FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, file.Content.Span, 0);
    }

    protected override void StoreCopy(string path, string sourceFile) => File.Copy(sourceFile, Prepare(path));

    /// <summary>The full path to write <paramref name="path"/> to, with its folder created.</summary>
    private string Prepare(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, path));
        if (!full.StartsWith(_stagingRoot, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write {path}: it is outside the output folder.");
        }

        var folder = Path.GetDirectoryName(full)!;
        if (!_createdFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _createdFolders.TryAdd(folder, 0);
        }

        return full;
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
