using KratomArticle.Rendering;
using Microsoft.Build.Framework;
using MsBuildTask = Microsoft.Build.Utilities.Task;

namespace KratomArticle.Minify;

/// <summary>
/// Writes each of a theme's files minified (see <see cref="MinifyAsset"/>) to <see cref="OutputFolder"/>, under its path
/// from the project, so the theme embeds the minified bytes and kratom publishes them as they are.
/// </summary>
public sealed class MinifyThemeFiles : MsBuildTask
{
    [Required]
    public ITaskItem[] Files { get; set; } = [];

    [Required]
    public string OutputFolder { get; set; } = "";

    public override bool Execute()
    {
        foreach (var file in Files)
        {
            var source = file.GetMetadata("FullPath");
            var target = Path.Combine(OutputFolder, file.GetMetadata("RecursiveDir"), file.GetMetadata("Filename") + file.GetMetadata("Extension"));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, MinifyAsset.Apply(source, File.ReadAllBytes(source)));
        }

        return !Log.HasLoggedErrors;
    }
}
