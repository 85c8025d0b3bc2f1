namespace KratomArticle.Markdown.Callouts;

/// <summary>A type of callout: what goes after <c>:::</c>, the label screen readers announce, and the title when none is given.</summary>
internal sealed record CalloutKind(string Name, string Label)
{
    public static IReadOnlyList<CalloutKind> All { get; } =
    [
        new("note", "Note"),
        new("warning", "Warning"),
        new("key-points", "Key points"),
    ];

    public static string Names => string.Join(", ", All.Select(k => k.Name));

    public static CalloutKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);
}
