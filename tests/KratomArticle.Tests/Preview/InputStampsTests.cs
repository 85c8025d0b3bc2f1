using KratomArticle.Engine;
using KratomArticle.Preview;
using KratomArticle.Testing;
using KratomArticle.Themes.Default;

namespace KratomArticle.Tests.Preview;

/// <summary>The files a rebuild reads again and stamps, to tell a save that overlapped it: every file of the saved page, and no other.</summary>
public sealed class InputStampsTests : IDisposable
{
    private readonly TestSite _site = TestSite.WithRealContent();

    public void Dispose() => _site.Dispose();

    private BuildOptions Options => new(_site.Root, _site.ContentDirectory, null, IncludeDrafts: false, DefaultTheme.Instance);

    [Theory]
    [InlineData("01-neurotransmitters.md")]
    [InlineData("04-conclusion.md")]
    [InlineData("index.md")]
    public void A_save_to_another_file_of_the_saved_page_is_seen(string otherFile)
    {
        var saved = new ChangeBatch([Path.Combine(_site.ContentDirectory, "02-mechanisms-and-evidence.md")], Everything: false, FilesAddedOrRemoved: false);
        var before = Stamp(saved);

        Append(otherFile, "\nA later save.\n");

        Assert.False(Stamp(saved).SameAs(before));
    }

    [Fact]
    public void A_saved_section_makes_the_rebuild_read_every_file_of_its_page_again_and_no_other()
    {
        _site.Write("about.md", "---\ntitle: About\n---\nText.\n");
        var saved = new ChangeBatch([Path.Combine(_site.ContentDirectory, "02-mechanisms-and-evidence.md")], Everything: false, FilesAddedOrRemoved: false);

        var files = InputStamps.FilesToReadAgain(saved, Options);

        Assert.Equal(
            ["01-neurotransmitters.md", "02-mechanisms-and-evidence.md", "03-holistic-approach.md", "04-conclusion.md", "index.md"],
            files!.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_save_to_another_page_or_a_new_file_elsewhere_is_left_to_the_watcher()
    {
        _site.Write("about.md", "---\ntitle: About\n---\nText.\n");
        var saved = new ChangeBatch([Path.Combine(_site.ContentDirectory, "about.md")], Everything: false, FilesAddedOrRemoved: false);
        var before = Stamp(saved);

        Append("02-mechanisms-and-evidence.md", "\nA later save.\n");
        _site.Write("guides/index.md", "---\ntitle: Guides\n---\nText.\n");

        Assert.True(Stamp(saved).SameAs(before));
        Append("about.md", "\nA later save.\n");
        Assert.False(Stamp(saved).SameAs(before));
    }

    [Fact]
    public void A_new_section_of_the_saved_page_is_seen()
    {
        var saved = new ChangeBatch([Path.Combine(_site.ContentDirectory, "index.md")], Everything: false, FilesAddedOrRemoved: false);
        var before = Stamp(saved);

        _site.Write("05-further-reading.md", "---\ntitle: Further reading\n---\nText.\n");

        Assert.False(Stamp(saved).SameAs(before));
    }

    [Fact]
    public void When_anything_may_have_changed_every_input_is_stamped()
    {
        _site.CopyThemeFiles();
        var everything = new ChangeBatch([], Everything: true, FilesAddedOrRemoved: true);
        var before = Stamp(everything);

        File.AppendAllText(Path.Combine(_site.ThemeOverlayDirectory, "site.css"), "\n/* edited */\n");

        Assert.False(Stamp(everything).SameAs(before));
    }

    private InputStamps Stamp(ChangeBatch changes) => InputStamps.Take(InputStamps.FilesToReadAgain(changes, Options));

    private void Append(string file, string text) => File.AppendAllText(Path.Combine(_site.ContentDirectory, file), text);
}
