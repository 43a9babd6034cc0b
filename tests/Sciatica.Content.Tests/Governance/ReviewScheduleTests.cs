using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Governance;

public sealed class ReviewScheduleTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void An_article_past_next_review_is_a_warning_naming_it_and_the_days_overdue()
    {
        _content.WriteArticle("late", "A claim [@guide, rec. 1.1.4] and [more](/references) [@second, abstract].", nextReview: "2026-11-01");
        var snapshot = _content.Load(TestClock.On(new DateOnly(2026, 11, 25)));

        var overdue = Assert.Single(snapshot.Diagnostics, d => d.Code == "SCI050");
        Assert.Equal(Severity.Warning, overdue.Severity);
        Assert.Contains("'Article late'", overdue.Message, StringComparison.Ordinal);
        Assert.Contains("24 days overdue", overdue.Message, StringComparison.Ordinal);
        Assert.Equal(6, overdue.Line);
        Assert.NotNull(snapshot.Find("late"));
    }

    [Fact]
    public void An_article_due_today_is_not_overdue()
    {
        _content.WriteArticle("due", "A claim [@guide, rec. 1.1.4] [@second, abstract].", nextReview: "2026-11-25");
        Assert.DoesNotContain(_content.Load(TestClock.On(new DateOnly(2026, 11, 25))).Diagnostics, d => d.Code == "SCI050");
    }

    [Fact]
    public void Two_articles_with_the_same_order_are_a_warning_with_the_next_free_number()
    {
        _content.WriteArticle("one", "A claim [@guide, rec. 1.1.4].", order: 4);
        _content.WriteArticle("two", "A claim [@second, abstract].", order: 4);
        var duplicate = Assert.Single(_content.Load().Diagnostics, d => d.Code == "SCI017");
        Assert.EndsWith("two.md", duplicate.File, StringComparison.Ordinal);
        Assert.Contains("the next free one is 5", duplicate.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();
}
