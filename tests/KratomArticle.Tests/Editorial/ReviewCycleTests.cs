using AngleSharp.Html.Parser;
using KratomArticle.Testing;

namespace KratomArticle.Tests.Editorial;

/// <summary>
/// A page's next review is its <c>next-review</c>, else its review (or publication) date plus site.yml's <c>review-every</c>:
/// the page shows it, and <c>build</c> and <c>check</c> warn once it is past, judged against <c>--today</c>.
/// </summary>
public sealed class ReviewCycleTests : IDisposable
{
    private const string Overdue = "content/index.md(6,11): warning KA0601: The next review of this page was due on 2026-02-15 (today is 2026-03-01): review it, then update 'reviewed' or 'next-review'.";

    private readonly TestSite _site = ReviewedArticle.Create();

    public void Dispose() => _site.Dispose();

    private string? NextReviewLine()
    {
        var (build, context) = SiteBuilder.Build(_site);
        Assert.True(build.Succeeded, string.Join('\n', SiteBuilder.Messages(context)));
        var page = new HtmlParser().ParseDocument(SiteBuilder.Page(build));
        var item = page.QuerySelectorAll(".article-meta .meta-item").SingleOrDefault(m => m.TextContent.StartsWith("Next review due", StringComparison.Ordinal));
        return item is null ? null : $"{item.TextContent} [{item.QuerySelector("time")?.GetAttribute("datetime")}]";
    }

    [Fact]
    public void The_next_review_is_the_review_date_plus_review_every()
    {
        Assert.Equal("Next review due 15 February 2026 [2026-02-15]", NextReviewLine());
    }

    [Theory]
    [InlineData("6 months", "Next review due 15 August 2025 [2025-08-15]")]
    [InlineData("1 year", "Next review due 15 February 2026 [2026-02-15]")]
    [InlineData("2 years", "Next review due 15 February 2027 [2027-02-15]")]
    public void Review_every_takes_months_and_years(string every, string expected)
    {
        _site.Write("site.yml", $"title: Test site\nreview-every: {every}\n");

        Assert.Equal(expected, NextReviewLine());
    }

    [Fact]
    public void Without_a_review_date_the_cycle_counts_from_publication()
    {
        _site.Write("index.md", "---\ntitle: T\ndescription: d\npublished: 2025-01-31\n---\nText.\n");
        _site.Write("site.yml", "title: Test site\nreview-every: 1 month\n");

        Assert.Equal("Next review due 28 February 2025 [2025-02-28]", NextReviewLine());
    }

    [Fact]
    public void Next_review_in_the_front_matter_wins_over_review_every()
    {
        _site.Write("index.md", "---\ntitle: T\ndescription: d\nreviewed: 2025-02-15\nnext-review: 2025-06-01\n---\nText.\n");

        Assert.Equal("Next review due 1 June 2025 [2025-06-01]", NextReviewLine());
    }

    [Fact]
    public void Without_review_every_or_next_review_the_page_shows_no_next_review()
    {
        _site.Write("site.yml", "title: Test site\n");

        Assert.Null(NextReviewLine());
    }

    [Fact]
    public void Check_warns_at_the_review_date_once_the_next_review_is_past()
    {
        var run = CliRun.Start(_site.Root, "check", "--today", "2026-03-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([Overdue], run.ErrorLines);
    }

    [Fact]
    public void On_the_day_it_is_due_the_review_is_not_yet_overdue()
    {
        var run = CliRun.Start(_site.Root, "check", "--today", "2026-02-15");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("KA0601", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_next_review_is_reported_where_next_review_is_written()
    {
        _site.Write("index.md", "---\ntitle: T\ndescription: d\nreviewed: 2025-02-15\nnext-review: 2025-06-01\n---\nText.\n");

        var run = CliRun.Start(_site.Root, "check", "--today", "2025-06-02");

        Assert.Equal(
            ["content/index.md(5,14): warning KA0601: The next review of this page was due on 2025-06-01 (today is 2025-06-02): review it, then update 'reviewed' or 'next-review'."],
            run.ErrorLines);
    }

    [Fact]
    public void The_warning_never_changes_the_bytes_the_build_writes()
    {
        var overdue = CliRun.Start(_site.Root, "build", "--today", "2026-03-01");
        var before = _site.Snapshot();
        var inTime = CliRun.Start(_site.Root, "build", "--today", "2025-03-01");
        var after = _site.Snapshot();

        Assert.Equal(0, overdue.ExitCode);
        Assert.Contains(Overdue, overdue.ErrorLines);
        Assert.Contains("with 1 warning", overdue.Out, StringComparison.Ordinal);
        Assert.Equal(0, inTime.ExitCode);
        Assert.DoesNotContain("KA0601", inTime.Error, StringComparison.Ordinal);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.Equal(file.Value, after[file.Key]));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("preview")]
    public void A_today_that_is_not_a_date_is_a_usage_error(string command)
    {
        var run = CliRun.Start(_site.Root, command, "--today", "2026-13-01");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --today must be a date written as YYYY-MM-DD, not '2026-13-01'."], run.ErrorLines);
    }
}
