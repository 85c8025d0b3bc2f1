using KratomArticle.Engine;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KratomArticle.Markdown.Callouts;

/// <summary>Reports every callout whose type is missing or unknown, at its line.</summary>
internal static class CalloutCheck
{
    /// <summary>Checks the callouts among <paramref name="blocks"/> and the blocks within them, in the order they stand.</summary>
    /// <param name="firstLine">The file line the Markdown's first line is on.</param>
    /// <returns>Whether every callout has a known type.</returns>
    public static bool Run(ContainerBlock blocks, string file, int firstLine, BuildContext context)
    {
        var valid = true;
        foreach (var block in blocks)
        {
            if (block is CustomContainer callout && CalloutKind.Find(callout.Info) is null)
            {
                valid = false;
                var problem = string.IsNullOrEmpty(callout.Info) ? "A callout needs a type after ':::'" : $"Unknown callout type '{callout.Info}'";
                context.Report(Diagnostic.Error(DiagnosticCodes.UnknownCalloutType,
                    $"{problem}: use one of {CalloutKind.Names}.", new SourceLocation(file, firstLine + callout.Line, callout.Column + 1)));
            }

            if (block is ContainerBlock children)
            {
                valid &= Run(children, file, firstLine, context);
            }
        }

        return valid;
    }
}
