namespace KratomArticle.Output;

/// <summary>A file of the built site.</summary>
/// <param name="Path">The path under the output folder, with <c>/</c> separators.</param>
internal sealed record OutputFile(string Path, ReadOnlyMemory<byte> Content)
{
    public static OutputFile FromText(string path, string text) => new(path, System.Text.Encoding.UTF8.GetBytes(text));
}
