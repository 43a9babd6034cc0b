namespace Sciatica.Content.Tests.Citations;

public class CitationPopoverTests
{
    [Fact]
    public void Each_citation_number_opens_its_finding_in_place_and_links_to_the_full_reference_in_the_list()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("Moving helps [@guide, rec. 1.1.9; @second, abstract]. Rest does not [@second, abstract].").Html);
        var buttons = html.QuerySelectorAll("sup.cite button");
        Assert.Equal(["1", "2", "2"], buttons.Select(b => b.TextContent));
        // A screen reader hears the source by the short name that heads its popover.
        Assert.Equal(["Source 1: Test Guide", "Source 2: Ropper 2015", "Source 2: Ropper 2015"], buttons.Select(b => b.GetAttribute("aria-label")));
        foreach (var button in buttons)
        {
            var popover = html.Required($"#{button.GetAttribute("popovertarget")}");
            Assert.True(popover.HasAttribute("popover"));
            Assert.Equal($"#ref-{button.TextContent}", popover.Required("a").GetAttribute("href"));
            Assert.Equal($"Reference {button.TextContent} in the list", popover.Required("a").TextContent);
        }

        var guide = html.Required($"#{buttons[0].GetAttribute("popovertarget")}");
        Assert.Equal("1. Test Guide, recommendation 1.1.9: Offer exercise to people with back pain. Stored copy read on 1 January 2027. Reference 1 in the list", guide.TextContent);
        Assert.Equal("Stored copy read on 1 January 2027.", guide.Required(".cite-accessed").TextContent);
        Assert.Equal("Test Guide, recommendation 1.1.9: Offer exercise to people with back pain.", guide.Required(".cite-finding").TextContent);
        var review = html.Required($"#{buttons[1].GetAttribute("popovertarget")}");
        Assert.Equal("Ropper 2015, abstract: Most sciatica eases within 12 weeks.", review.Required(".cite-finding").TextContent);
        // The full reference is written once, in the reference list, not again in every popover.
        Assert.Null(review.QuerySelector("cite"));
    }

    [Fact]
    public void A_finding_cited_many_times_carries_its_popover_once_and_each_finding_has_its_own()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("One [@second, abstract]. Two [@second, abstract].\n\n- Three [@second, p. 4; @guide, rec. 1.1.4]").Html);
        var targets = html.QuerySelectorAll("sup.cite button").Select(b => b.GetAttribute("popovertarget")).ToList();
        Assert.Equal(["src-1-1", "src-1-1", "src-1-2", "src-2-1"], targets);
        Assert.Equal(3, html.QuerySelectorAll(".cite-popover[popover]").Length);
    }

    [Theory]
    [InlineData("Scans rarely help and exercise does [@guide, rec. 1.1.4; @guide, rec. 1.1.9].")]
    [InlineData("Scans rarely help and exercise does [@guide, rec. 1.1.4] [@guide, rec. 1.1.9].")]
    public void One_source_cited_twice_in_a_group_shows_one_number_whose_popover_shows_both_findings(string body)
    {
        var article = ContentAssert.Body(body + " Most ease [@second, abstract; @guide, rec. 1.1.9].");
        var html = HtmlAssert.Parse(article.Html);

        // AMA: one number per source at one place, never "1,1".
        Assert.Equal(["1", "2,1"], html.QuerySelectorAll("sup.cite").Select(s => s.TextContent.Replace("\u2060", "", StringComparison.Ordinal)));
        var first = html.Required("sup.cite button");
        var popover = html.Required($"#{first.GetAttribute("popovertarget")}");
        Assert.Equal(
            ["Test Guide, recommendation 1.1.4: Scans are not a routine step; 4 in 10 people improve within 6 to 8 weeks.", "Test Guide, recommendation 1.1.9: Offer exercise to people with back pain."],
            popover.QuerySelectorAll(".cite-finding").Select(f => f.TextContent));
        // Each finding still leads to the place that cites it, and the reference list links back to each number shown.
        Assert.Equal([("rec. 1.1.4", "cite-1-1"), ("rec. 1.1.9", "cite-1-1"), ("abstract", "cite-2-1"), ("rec. 1.1.9", "cite-1-2")], article.Citations.Select(c => (c.Finding!.At, c.AnchorId)));
        Assert.Equal(["cite-1-1", "cite-1-2"], article.References[0].BackLinks);
        Assert.All(article.References.SelectMany(r => r.BackLinks), id => html.Required($"button#{id}"));
        Assert.Equal(["rec. 1.1.4", "rec. 1.1.9"], article.References[0].Locators);
    }

    [Fact]
    public void A_citation_naming_no_finding_shows_the_formatted_reference_in_its_popover()
    {
        var file = ContentAssert.File("Rest does not help [@second].");
        Assert.Contains(file.Diagnostics, d => d.Code == "SCI064");
        var article = ContentAssert.Readable(file);
        var popover = HtmlAssert.Parse(article.Html).Required(".cite-popover .cite-reference").InnerHtml;
        Assert.Equal(Sciatica.Content.References.ReferenceHtml.Of(article.References[0].Reference), popover);
    }
}
