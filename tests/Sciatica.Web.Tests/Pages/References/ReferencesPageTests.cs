namespace Sciatica.Web.Tests.Pages.References;

public sealed class ReferencesPageTests(SiteFactoryFixture site) : IClassFixture<SiteFactoryFixture>
{
    [Fact]
    public async Task Lists_every_registry_entry_with_the_articles_that_cite_it()
    {
        var page = await site.Production.GetDocumentAsync("/references");
        var guide = page.Required("li#guide");
        Assert.Equal(["/first"], guide.QuerySelectorAll(".cited-by a").Select(a => a.GetAttribute("href")));
        var review = page.Required("li#review");
        Assert.Equal(["/first", "/second"], review.QuerySelectorAll(".cited-by a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Readers_see_only_the_references_a_page_cites_while_check_still_names_the_others()
    {
        using var content = new TempContent();
        content.WriteArticle("only", "A claim [@guide, rec. 1.1.4].");
        content.WriteArticle("unpublished", "Another claim [@second, abstract].", order: 2, extraFrontMatter: "draft: true");
        using var site = new SiteFactory(content.Root);

        var page = await site.GetDocumentAsync("/references");

        Assert.Equal(["guide"], page.QuerySelectorAll("ol.registry > li").Select(li => li.Id));
        var uncited = content.Load().Diagnostics.Where(d => d.Code == "SCI024").Select(d => d.Message).ToList();
        Assert.Contains(uncited, m => m.Contains("'shop'", StringComparison.Ordinal));
        using var development = new SiteFactory(content.Root, environment: "Development");
        Assert.Equal(["guide", "second"], (await development.GetDocumentAsync("/references")).QuerySelectorAll("ol.registry > li").Select(li => li.Id));
    }

    [Fact]
    public async Task Under_each_source_are_what_was_read_and_its_findings_each_linking_to_every_sentence_that_cites_it()
    {
        var page = await site.Production.GetDocumentAsync("/references");
        var guide = page.Required("li#guide");
        Assert.Equal("What we read: recommendations 1.1.1 to 1.2.1", guide.Required(".read").TextContent);
        var findings = guide.QuerySelectorAll(".findings > li");
        Assert.Equal(["guide-finding-1", "guide-finding-2"], findings.Select(f => f.Id));
        Assert.StartsWith("recommendation 1.1.4: Most people with back pain get better if they keep moving.", findings[0].TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["/first#cite-1-1"], findings[0].QuerySelectorAll(".cited-at a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/first#cite-1-2"], findings[1].QuerySelectorAll(".cited-at a").Select(a => a.GetAttribute("href")));

        var review = page.Required("li#review .findings > li");
        Assert.Equal(["/first#cite-2-1", "/first#cite-2-2", "/second#cite-1-1"], review.QuerySelectorAll(".cited-at a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["First article", "First article (2)", "Second <article> & \"quotes\""], review.QuerySelectorAll(".cited-at a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Every_evidence_link_lands_on_a_citation_number_that_opens_that_finding()
    {
        var sources = await site.Production.GetDocumentAsync("/references");
        var links = sources.QuerySelectorAll(".findings > li").SelectMany(f => f.QuerySelectorAll(".cited-at a").Select(a => (Finding: f, Href: a.GetAttribute("href")!))).ToList();
        Assert.NotEmpty(links);
        foreach (var (finding, href) in links)
        {
            var parts = href.Split('#');
            var article = await site.Production.GetDocumentAsync(parts[0]);
            var number = article.Required($"sup.cite button#{parts[1]}");
            var popover = article.Required($"#{number.GetAttribute("popovertarget")}");
            // A number can show more than one finding (one source cited twice in a group): this one is among them.
            var says = finding.TextContent.Split(':', 2)[1];
            Assert.Contains(popover.QuerySelectorAll(".cite-finding"), f => says.Contains(f.TextContent.Split(':', 2)[1].Trim(), StringComparison.Ordinal));
        }
    }
}
