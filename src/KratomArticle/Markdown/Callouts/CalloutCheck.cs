using KratomArticle.Engine;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;

namespace KratomArticle.Markdown.Callouts;

/// <summary>Reports every callout whose type is missing or unknown, at its line.</summary>
internal static class CalloutCheck
{
    /// <param name="firstLine">The file line the Markdown's first line is on.</param>
    /// <returns>Whether every callout has a known type.</returns>
    public static bool Run(MarkdownDocument document, string file, int firstLine, BuildContext context)
    {
        var valid = true;
        foreach (var callout in document.Descendants<CustomContainer>().Where(c => CalloutKind.Find(c.Info) is null))
        {
            valid = false;
            var problem = string.IsNullOrEmpty(callout.Info) ? "A callout needs a type after ':::'" : $"Unknown callout type '{callout.Info}'";
            context.Report(Diagnostic.Error(DiagnosticCodes.UnknownCalloutType,
                $"{problem}: use one of {CalloutKind.Names}.", new SourceLocation(file, firstLine + callout.Line, callout.Column + 1)));
        }

        return valid;
    }
}
