using System.Net;
using System.Xml.Linq;
using Sciatica.Content;

namespace Sciatica.Web.Tests.Pages.Articles;

/// <summary>"About this information": framing written as content, then every page's status, generated from the site's one list of pages.</summary>
public sealed class AboutPageTests : IDisposable
{
    /// <summary>An obviously invented reviewer: no real-looking person is ever named as one.</summary>
    private const string Reviewer = "Placeholder Reviewer (fictional), GP";

    private readonly TempContent _content = new();
    private readonly SiteFactory _site;

    public AboutPageTests()
    {
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4].", order: 1);
        _content.WriteArticle("red-flags", "Get help now [@guide, rec. 1.1.9].", order: 2, nextReview: "2027-06-30", extraFrontMatter: $"reviewed: 2026-01-02\nreviewed-by: {Reviewer}");
        _content.WriteArticle("plan", "A draft [@guide, rec. 1.1.4].", order: 3, extraFrontMatter: "draft: true");
        _content.WriteAbout("## Who writes these pages\n\nThe site's editorial team writes every page.\n\n## Where each page stands\n\nThe table is made from the pages themselves.");
        _site = new SiteFactory(_content.Root) { Settings = { ["Site:FeedbackEmail"] = "corrections@sciatica.example" } };
    }

    public void Dispose()
    {
        _site.Dispose();
        _content.Dispose();
    }

    [Fact]
    public async Task Shows_its_text_then_every_published_page_with_its_real_status_in_menu_order()
    {
        var page = await _site.GetDocumentAsync("/about");

        Assert.Equal("About this information", page.Required("main h1").TextContent);
        Assert.Equal("Updated 1 January 2026 · Not yet reviewed by a clinician · Next review due 1 January 2099", page.Required(".review-dates").VisibleText());
        Assert.Contains("The site's editorial team writes every page.", page.Required(".article-body").TextContent, StringComparison.Ordinal);
        var table = page.Required(".article-body + .page-status table");
        Assert.StartsWith("Every page:", table.Required("caption").TextContent, StringComparison.Ordinal);
        Assert.Equal(["col", "col", "col", "col"], table.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        string[][] rows =
        [
            ["Article walking", "1 January 2026", "Not yet reviewed by a clinician", "1 January 2099"],
            ["Article red-flags", "1 January 2026", $"Reviewed by {Reviewer} on 2 January 2026", "30 June 2027"],
            ["About this information", "1 January 2026", "Not yet reviewed by a clinician", "1 January 2099"],
        ];
        Assert.Equal(rows, table.QuerySelectorAll("tbody tr").Select(row => row.Children.Select(cell => cell.VisibleText()).ToArray()));
        Assert.Equal(["/walking", "/red-flags", "/about"], table.QuerySelectorAll("tbody th[scope=row] a").Select(a => a.GetAttribute("href")));
        Assert.Equal("2099-01-01", table.Required("tbody tr td:last-child time").GetAttribute("datetime"));
    }

    [Fact]
    public async Task Every_page_links_to_it_from_the_footer()
    {
        var paths = SitePages.ForReaders(_content.Load(), includeDrafts: false).Select(p => p.Path).Concat(["/search?q=walking", "/no-such-page"]);
        foreach (var path in paths)
        {
            var (_, page) = await _site.GetPageAsync(path);
            Assert.True(page.QuerySelector("footer a[href='/about']")?.TextContent == "About this information", $"{path} has no footer link to /about");
        }
    }

    [Fact]
    public async Task Is_in_the_sitemap_with_its_updated_date()
    {
        var sitemap = XDocument.Parse(await _site.CreateClient().GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(ns + "url").ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")?.Value);
        Assert.Equal("2026-01-01", urls[$"{SiteFactory.PublicAddress}/about"]);
    }

    [Fact]
    public async Task Offers_the_same_report_a_problem_link_as_an_article()
    {
        var page = await _site.GetDocumentAsync("/about");
        var href = page.Required("article .report-problem a").GetAttribute("href")!;
        Assert.StartsWith("mailto:corrections@sciatica.example?subject=", href, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString($"{SiteFactory.PublicAddress}/about"), href, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("\"About this information\""), href, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_an_about_file_there_is_no_page_and_no_link_to_one()
    {
        using var site = new SiteFactory();
        var (missing, _) = await site.GetPageAsync("/about");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null((await site.GetDocumentAsync("/")).QuerySelector("footer a[href='/about']"));
    }
}

/// <summary>The About page over the real content: every article is listed with what its front matter says.</summary>
public sealed class RealAboutPageTests(RealSiteFixture real) : IClassFixture<RealSiteFixture>
{
    [Fact]
    public async Task Lists_every_article_and_itself_with_the_review_status_their_front_matter_gives()
    {
        var snapshot = ContentSnapshot.Load(real.Site.ContentRoot, TestClock.Fixed());
        var expected = SitePages.ForReaders(snapshot, includeDrafts: false).Where(p => p.Article is not null).ToList();

        var page = await real.Site.GetDocumentAsync("/about");

        var rows = page.QuerySelectorAll(".page-status tbody tr");
        Assert.Equal(snapshot.Articles.Count + 1, rows.Length);
        Assert.Equal(expected.Select(p => (p.Path, p.Article!.Title)), rows.Select(r => (r.Required("th a").GetAttribute("href")!, r.Required("th a").TextContent)));
        Assert.All(rows.Zip(expected), pair => Assert.Equal(
            pair.Second.Article!.FrontMatter.Review is { } review ? $"Reviewed by {review.By}" : "Not yet reviewed by a clinician",
            pair.First.Children[2].VisibleText().Split(" on ")[0]));
        Assert.NotNull(page.QuerySelector(".article-body .care-card-emergency"));
        Assert.NotEmpty(page.QuerySelectorAll(".references li"));
    }
}
