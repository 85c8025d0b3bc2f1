namespace KratomArticle.Tests.Specs;

/// <summary>One example of a spec file: Markdown and the output it must give.</summary>
/// <param name="Number">The example's number in its file, from 1.</param>
/// <param name="Line">The line of the file the example's opening fence is on.</param>
public sealed record SpecExample(string File, int Number, int Line, string Markdown, string Expected);
