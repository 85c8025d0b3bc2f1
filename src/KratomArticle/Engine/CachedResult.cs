using System.Collections.Immutable;

namespace KratomArticle.Engine;

/// <summary>One result a build step computed, with the inputs it was computed from and the diagnostics it reported.</summary>
public sealed record CachedResult(ImmutableArray<object> Inputs, object? Value, ImmutableArray<Diagnostic> Diagnostics);
