namespace KratomArticle.Content;

/// <summary>What a file's metadata says about its content: when it was last written and how long it is.</summary>
public readonly record struct FileStamp(DateTime LastWriteUtc, long Length)
{
    /// <summary>The file's stamp, or none when the build's cache is told of every change, which then makes the stamp needless.</summary>
    public static FileStamp For(string path, Engine.BuildContext context) => context.Cache?.ToldOfEveryChange == true ? default : Of(path);

    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new(info.LastWriteTimeUtc, info.Length) : default;
    }
}
