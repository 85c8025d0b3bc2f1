namespace KratomArticle.BrowserTests.Support;

/// <summary>Browser tests share one Chromium and run one class at a time: the machine has two cores.</summary>
[CollectionDefinition(Name)]
public sealed class SharedChromium : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
