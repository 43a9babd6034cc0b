using System.Net;

namespace Sciatica.Web.Tests.Pages.Articles;

public sealed class ArticlePageTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public async Task Renders_title_summary_and_review_dates()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        Assert.Equal("First article", page.Required("main h1").TextContent);
        Assert.Contains("The first test article.", page.Required(".summary").TextContent, StringComparison.Ordinal);
        Assert.Equal("Updated 24 November 2026 · Not yet reviewed by a clinician · Next review due 24 November 2027", page.Required(".review-dates").VisibleText());
        var changes = page.Required(".review-dates + details.what-changed");
        Assert.Equal(("What changed", "Added the section on walking."), (changes.Required("summary").TextContent, changes.Required("p").TextContent));
        Assert.False(changes.HasAttribute("open"), "the change history opens folded, so the article starts on a phone's first screen");
    }

    [Fact]
    public async Task Citation_numbers_open_their_reference_and_the_list_links_back()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        var citations = page.QuerySelectorAll("sup.cite button");
        Assert.Equal(["1", "1", "2", "2"], citations.Select(a => a.TextContent));
        foreach (var citation in citations)
        {
            var popover = page.Required($"#{citation.GetAttribute("popovertarget")}");
            var entry = page.Required(popover.Required("a").GetAttribute("href")!);
            Assert.Equal("LI", entry.TagName);
            Assert.NotNull(entry.QuerySelector($"a[href='#{citation.Id}']"));
        }

        var backLinks = page.QuerySelectorAll("#ref-1 a[href^='#cite-']");
        // The name says the letter a reader sees beside the arrow (WCAG 2.5.3, label in name).
        Assert.Equal(["↑a", "↑b"], backLinks.Select(a => a.TextContent));
        Assert.Equal(["Back to citation a of source 1", "Back to citation b of source 1"], backLinks.Select(a => a.GetAttribute("aria-label")));
        var single = (await site.Production.GetDocumentAsync("/second")).Required("#ref-1 a[href^='#cite-']");
        Assert.Equal(("↑", "Back to the citation of source 1"), (single.TextContent, single.GetAttribute("aria-label")));
    }

    [Fact]
    public async Task A_citation_popover_shows_the_finding_it_rests_on_and_links_to_the_full_reference()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        var rest = page.QuerySelectorAll("sup.cite button")[1];
        var popover = page.Required($"#{rest.GetAttribute("popovertarget")}");
        Assert.Equal("Test Guide, recommendation 1.2.1: Do not advise bed rest.", popover.Required(".cite-finding").TextContent);
        var link = popover.Required("a");
        Assert.Equal(("#ref-1", "Reference 1 in the list"), (link.GetAttribute("href"), link.TextContent));
        var entry = page.Required(link.GetAttribute("href")!);
        Assert.Equal("A test guideline.", entry.Required("cite").TextContent);
        Assert.Equal(1, page.QuerySelectorAll("cite").Count(c => c.TextContent == "A test guideline."));
    }

    [Fact]
    public async Task Short_articles_have_no_contents_list_and_pager_links_neighbours()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        Assert.Null(page.QuerySelector(".on-this-page"));
        Assert.Equal("/second", page.Required(".pager a[rel=next]").GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pager a[rel=prev]"));
    }

    [Fact]
    public async Task Reference_list_shows_authors_title_source_locator_link_and_evidence()
    {
        var page = await site.Production.GetDocumentAsync("/first");
        var entries = page.QuerySelectorAll(".references li");
        Assert.Equal(2, entries.Length);
        var guide = entries[0].TextContent;
        Assert.Contains("Test Institute", guide, StringComparison.Ordinal);
        Assert.Contains("rec. 1.2.1", guide, StringComparison.Ordinal);
        Assert.Contains("Clinical guideline", guide, StringComparison.Ordinal);
        var review = entries[1];
        Assert.Contains("Ropper AH, Zafonte RD", review.TextContent, StringComparison.Ordinal);
        Assert.Contains("Test Journal. 2015;1(2):3-4.", review.TextContent, StringComparison.Ordinal);
        Assert.Equal("https://doi.org/10.1000/test", review.Required("a.ref-link").GetAttribute("href"));
    }

    [Fact]
    public async Task Home_lists_articles_in_order_with_summaries()
    {
        var page = await site.Production.GetDocumentAsync("/");
        var titles = page.QuerySelectorAll(".section-cards h3").Select(h => h.TextContent.Trim());
        Assert.Equal(["First article", "Second <article> & \"quotes\""], titles);
    }

    [Theory]
    [InlineData("/no-such-article")]
    [InlineData("/broken")]
    public async Task Unknown_or_invalid_articles_answer_a_real_404_page(string url)
    {
        var (response, page) = await site.Production.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.Required("h1").TextContent);
        Assert.NotNull(page.QuerySelector("main a[href='/first']"));
    }

    [Fact]
    public async Task In_Development_an_invalid_article_shows_its_diagnostics_to_the_editor()
    {
        var (_, page) = await site.Development.GetPageAsync("/broken");
        var panel = page.Required(".editor-panel").TextContent;
        Assert.Contains("broken.md:9:1: error SCI001", panel, StringComparison.Ordinal);
    }
}
