using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;
using Sciatica.Content.Rules.Site;

namespace Sciatica.Content.Tests.Governance;

/// <summary>A recorded review holds for the text, blocks and findings reviewed; any later change to one of them is named.</summary>
public sealed class ReviewFingerprintTests : IDisposable
{
    private const string Reviewer = "Dr Ada Testperson, GP";
    private readonly TempContent _content = new();

    public ReviewFingerprintTests()
    {
        _content.WriteBlock("see-a-gp.md", "See a GP if it gets worse [@guide, rec. 1.1.9].\n");
        _content.WriteArticle("leg-pain", "Leg pain is common [@guide, rec. 1.1.4]. It often eases.\n\n--8<-- \"see-a-gp.md\"");
        Record();
    }

    [Fact]
    public void A_page_just_reviewed_shows_the_review_and_no_warning()
    {
        var snapshot = _content.Load();
        var page = snapshot.Find("leg-pain")!;

        Assert.Equal(ReviewStatus.Reviewed, page.Review.Status);
        Assert.Equal(Reviewer, page.Review.CurrentReview?.By);
        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code == ReviewedTextIsShown.ChangedSinceReview.Code);
    }

    [Fact]
    public void Rewrapping_the_text_is_not_a_change()
    {
        Edit("articles/leg-pain.md", text => text.Replace("common [@guide", "common\n   [@guide", StringComparison.Ordinal));

        Assert.Equal(ReviewStatus.Reviewed, _content.Load().Find("leg-pain")!.Review.Status);
    }

    [Fact]
    public void A_changed_word_in_the_text_is_named_and_warned_about()
    {
        Edit("articles/leg-pain.md", text => text.Replace("often eases", "usually eases", StringComparison.Ordinal));
        var snapshot = _content.Load();
        var page = snapshot.Find("leg-pain")!;

        Assert.Equal(ReviewStatus.ChangedSinceReview, page.Review.Status);
        Assert.Equal(["the text"], page.Review.ChangedSince);
        Assert.Null(page.Review.CurrentReview);
        var warning = Assert.Single(snapshot.Diagnostics, d => d.Code == ReviewedTextIsShown.ChangedSinceReview.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("changed since review on 2027-01-15: the text", warning.Message, StringComparison.Ordinal);
        Assert.Equal(8, warning.Line); // the 'reviewed' line
    }

    [Fact]
    public void A_changed_block_is_named()
    {
        Edit("blocks/see-a-gp.md", text => text.Replace("worse", "much worse", StringComparison.Ordinal));

        Assert.Equal(["block see-a-gp.md"], _content.Load().Find("leg-pain")!.Review.ChangedSince);
    }

    [Fact]
    public void A_changed_finding_the_page_cites_is_named()
    {
        Edit("references.yaml", text => text.Replace("Offer exercise to people with back pain.", "Offer group exercise to people with back pain.", StringComparison.Ordinal));

        Assert.Equal(["finding guide, rec. 1.1.9"], _content.Load().Find("leg-pain")!.Review.ChangedSince);
    }

    [Fact]
    public void A_finding_cited_for_the_first_time_is_named()
    {
        Edit("articles/leg-pain.md", text => text.Replace("[@guide, rec. 1.1.4]", "[@guide, rec. 1.1.4; @second, p. 4]", StringComparison.Ordinal));

        Assert.Contains("finding second, p. 4 (newly cited)", _content.Load().Find("leg-pain")!.Review.ChangedSince);
    }

    [Theory]
    [InlineData("2025-12-01", ReviewStatus.ChangedSinceReview)]
    [InlineData("2026-02-01", ReviewStatus.Reviewed)]
    public void A_review_written_by_hand_is_compared_by_date(string reviewed, ReviewStatus expected)
    {
        _content.WriteArticle("by-hand", "Leg pain is common [@guide, rec. 1.1.4].", order: 2,
            extraFrontMatter: $"reviewed: {reviewed}\nreviewed-by: \"{Reviewer}\"");
        var snapshot = _content.Load();

        Assert.Equal(expected, snapshot.Find("by-hand")!.Review.Status);
        var warnings = snapshot.Diagnostics.Where(d => d.Code == ReviewedTextIsShown.ChangedSinceReview.Code && d.File.EndsWith("by-hand.md", StringComparison.Ordinal));
        if (expected == ReviewStatus.ChangedSinceReview)
        {
            Assert.Contains($"changed since review on {reviewed}: the text", Assert.Single(warnings).Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(warnings);
        }
    }

    [Fact]
    public void Recording_again_replaces_the_earlier_review_and_keeps_every_other_line()
    {
        var path = Path.Combine(_content.Root, "articles", "leg-pain.md");
        var before = File.ReadAllText(path);
        Record();
        var after = File.ReadAllText(path);

        Assert.Equal(before, after);
        Assert.Single(after.Split('\n'), l => l.StartsWith("reviewed-by:", StringComparison.Ordinal));
        Assert.Contains("order: 1", after, StringComparison.Ordinal);
    }

    public void Dispose() => _content.Dispose();

    private void Record()
    {
        var path = Path.Combine(_content.Root, "articles", "leg-pain.md");
        var page = _content.Load().Find("leg-pain")!;
        File.WriteAllText(path, ReviewRecord.Write(File.ReadAllText(path), new DateOnly(2027, 1, 15), Reviewer, page.Review.Current));
    }

    private void Edit(string relative, Func<string, string> change)
    {
        var path = Path.Combine(_content.Root, relative);
        var text = File.ReadAllText(path);
        var changed = change(text);
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }
}
