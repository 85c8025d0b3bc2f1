namespace KratomArticle.Content;

/// <summary>What a file's metadata says about its content: when it was last written and how long it is.</summary>
internal readonly record struct FileStamp(DateTime LastWriteUtc, long Length)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new(info.LastWriteTimeUtc, info.Length) : default;
    }
}
