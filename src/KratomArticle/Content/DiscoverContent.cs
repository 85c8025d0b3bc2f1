using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Content;

/// <summary>Lists the content folder's files, in a stable order, and gives each its role.</summary>
internal sealed class DiscoverContent : IModule<string, ImmutableArray<ContentFile>>
{
    /// <summary>How the site's folders (content, theme assets) are listed: with their subfolders, without hidden files or symbolic links.</summary>
    public static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        // Symbolic links are skipped: a link loop would otherwise never end, and a link could pull in files from outside.
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
    };

    public ImmutableArray<ContentFile> Run(string contentDirectory, BuildContext context) =>
    [
        .. Directory.EnumerateFiles(contentDirectory, "*", Walk)
            .Select(full => (full, relative: FolderPaths.RelativeTo(contentDirectory, full)!))
            .Where(file => !IsIgnored(file.relative))
            .OrderBy(file => file.relative, StringComparer.Ordinal)
            .Select(file => ContentFile.Classify(file.relative, file.full)),
    ];

    /// <summary>Dot files and editors' backup files are never content.</summary>
    public static bool IsIgnored(string relativePath) =>
        relativePath.Split('/').Any(part => part.StartsWith('.')) || relativePath.EndsWith('~');
}
