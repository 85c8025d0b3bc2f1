using System.Collections.Immutable;

namespace KratomArticle.Theming;

/// <summary>One heading in a table of contents, with the headings nested under it.</summary>
/// <param name="Id">The heading's element id; the entry links to <c>#Id</c>.</param>
/// <param name="Text">The entry's label as plain text (a heading's links and markup are dropped, so the entry is one clean link).</param>
public sealed record TocEntry(string Id, string Text, int Level, ImmutableArray<TocEntry> Children);
