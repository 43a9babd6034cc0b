using System.Text.Json;
using Sciatica.Content.Governance;

namespace Sciatica.Web.Tests.Pages.Articles;

/// <summary>A page says exactly where it stands against its clinician's review: not reviewed, reviewed, or changed since.</summary>
public sealed class ReviewStateTests : IDisposable
{
    /// <summary>An obviously invented reviewer, for fixtures only.</summary>
    private const string Reviewer = "Dr Ada Testperson, GP";

    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public ReviewStateTests()
    {
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4].", order: 1);
        _content.WriteArticle("reviewed", "Exercise helps [@guide, rec. 1.1.9].", order: 2);
        _content.WriteArticle("edited", "Scans rarely help [@guide, rec. 1.1.4].", order: 3);
        _content.WriteAbout("## Where each page stands\n\nThe table is made from the pages themselves.");
        Record("reviewed");
        Record("edited");
        var edited = Path.Combine(_content.Root, "articles", "edited.md");
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("rarely help", "seldom help", StringComparison.Ordinal));
        _site = new SiteFactory(_content.Root);
    }

    [Fact]
    public async Task The_header_says_reviewed_only_for_the_text_reviewed_and_changed_since_with_what_changed()
    {
        var reviewed = await _site.GetDocumentAsync("/reviewed");
        var edited = await _site.GetDocumentAsync("/edited");

        Assert.Equal($"Reviewed by {Reviewer} on 15 January 2027 · Evidence checked 1 January 2027 · Next review due 1 January 2099", reviewed.Required(".review-dates").VisibleText());
        Assert.Null(reviewed.QuerySelector(".changed-since-review"));
        Assert.Equal($"Updated 1 January 2026 · Reviewed by {Reviewer} on 15 January 2027 · changed since · Evidence checked 1 January 2027 · Next review due 1 January 2099", edited.Required(".review-dates").VisibleText());
        Assert.StartsWith("Changed since the review: the text (updated 1 January 2026).", edited.Required(".changed-since-review").VisibleText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_ld_carries_last_reviewed_only_for_the_text_reviewed()
    {
        Assert.Equal("2027-01-15", (await JsonLd("/reviewed")).GetProperty("lastReviewed").GetString());
        Assert.False((await JsonLd("/edited")).TryGetProperty("lastReviewed", out _));
        Assert.False((await JsonLd("/walking")).TryGetProperty("lastReviewed", out _));
    }

    [Fact]
    public async Task The_about_table_shows_the_three_states()
    {
        var about = await _site.GetDocumentAsync("/about");

        var states = about.QuerySelectorAll(".page-status tbody tr td:nth-child(3)").Select(td => td.VisibleText()).ToList();
        Assert.Equal(
            ["Not yet reviewed by a clinician", $"Reviewed by {Reviewer} on 15 January 2027", $"Reviewed by {Reviewer} on 15 January 2027 · changed since", "Not yet reviewed by a clinician"],
            states);
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    private async Task<JsonElement> JsonLd(string path)
    {
        var page = await _site.GetDocumentAsync(path);
        return JsonDocument.Parse(page.Required("script[type='application/ld+json']").TextContent).RootElement.Clone();
    }

    private void Record(string slug)
    {
        var path = Path.Combine(_content.Root, "articles", slug + ".md");
        var page = _content.Load().Find(slug)!;
        File.WriteAllText(path, ReviewRecord.Write(File.ReadAllText(path), new DateOnly(2027, 1, 15), Reviewer, page.Review.Current));
    }
}
