using System.Text;
using KratomArticle.Checking;
using KratomArticle.Content;
using KratomArticle.Engine;

namespace KratomArticle.Output;

/// <summary>Copies the content's other files as they are; an HTML file among them is read for the link check too. Returns how many it wrote.</summary>
/// <param name="stamps">Where the files read are stamped, or <see langword="null"/> when no build is compared with this one.</param>
internal sealed class CopyContentAssets(ReadStamps? stamps) : IModule<SiteState, int>
{
    public int Run(SiteState state, BuildContext context)
    {
        var files = state.Pending.Assets.Count == 0 ? [] : state.Listing.Where(f => state.Pending.Assets.Contains(f.RelativePath)).ToList();
        foreach (var file in files)
        {
            stamps?.Take(file.FullPath);
            if (!file.RelativePath.EndsWith(".html", StringComparison.Ordinal))
            {
                if (state.Output.Copy(file.RelativePath, file.FullPath))
                {
                    state.Pending.ChangedTargets.Add(file.RelativePath);
                }

                continue;
            }

            var html = File.ReadAllBytes(file.FullPath);
            state.WriteHtml(new OutputFile(file.RelativePath, html),
                PageLinkIndex.Read(file.RelativePath, html, authored: true, SourceLinks.OfHtmlFile(file.RelativePath, Encoding.UTF8.GetString(html))));
        }

        state.Pending.Assets.Clear();
        return files.Count;
    }
}
