using System.Collections.Immutable;

namespace KratomArticle.Engine;

/// <summary>What changed since the last build, as the inputs a rebuild must read again.</summary>
/// <param name="Inputs">The inputs that changed.</param>
/// <param name="Everything">Whether anything may have changed (the first build, the theme's code, lost events): the rebuild then starts from nothing.</param>
internal sealed record SiteChanges(ImmutableHashSet<SiteInput> Inputs, bool Everything)
{
    public static SiteChanges All { get; } = new([], Everything: true);

    public static SiteChanges Of(params IEnumerable<SiteInput> inputs) => new([.. inputs], Everything: false);

    public bool Has(SiteInput input) => Everything || Inputs.Contains(input);

    /// <summary>The content files and folders that changed.</summary>
    public IEnumerable<string> ContentPaths => Inputs.OfType<ContentFileInput>().Select(i => i.RelativePath);
}
