using Markdig.Syntax;

namespace KratomArticle.Markdown;

/// <summary>Where a block sits in its document's tree.</summary>
internal static class BlockAncestry
{
    /// <summary>Whether a block sits inside a block of type <typeparamref name="T"/>, at any depth.</summary>
    public static bool IsInside<T>(Block block) where T : ContainerBlock
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is T)
            {
                return true;
            }
        }

        return false;
    }
}
