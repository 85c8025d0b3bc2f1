using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>One heading in a table of contents, with the headings nested under it.</summary>
/// <param name="Id">The heading's element id; the entry links to <c>#Id</c>.</param>
/// <param name="Html">The entry's label as inline HTML (it may hold <c>code</c> or emphasis).</param>
public sealed record TocEntry(string Id, string Html, int Level, ImmutableArray<TocEntry> Children);
