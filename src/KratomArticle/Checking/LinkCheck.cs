using System.Collections.Immutable;
using KratomArticle.Engine;

namespace KratomArticle.Checking;

/// <summary>What the link check found on one HTML file.</summary>
/// <param name="Problems">Its broken links and repeated ids.</param>
/// <param name="Targets">Every file its links were looked up as, found or not: a change to one of them may change the problems.</param>
internal sealed record LinkCheck(string Path, ImmutableArray<Diagnostic> Problems, ImmutableArray<string> Targets);
