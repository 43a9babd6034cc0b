namespace Sciatica.Content.Tests.Citations;

public class CitationPopoverTests
{
    [Fact]
    public void Each_citation_number_opens_its_finding_and_reference_in_place_and_links_to_the_list()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("Moving helps [@guide, rec. 1.1.9; @second, abstract]. Rest does not [@second, abstract].").Html);
        var buttons = html.QuerySelectorAll("sup.cite button.cite-number");
        Assert.Equal(["1", "2", "2"], buttons.Select(b => b.TextContent));
        foreach (var button in buttons)
        {
            var popover = html.Required($"#{button.GetAttribute("popovertarget")}");
            Assert.True(popover.HasAttribute("popover"));
            Assert.Equal($"#ref-{button.TextContent}", popover.Required("a.cite-list-link").GetAttribute("href"));
        }

        var guide = html.Required($"#{buttons[0].GetAttribute("popovertarget")}");
        Assert.Equal("Test Guide, recommendation 1.1.9: Offer exercise to people with back pain.", guide.Required(".cite-finding").TextContent);
        var review = html.Required($"#{buttons[1].GetAttribute("popovertarget")}");
        Assert.Equal("Ropper 2015, abstract: Most sciatica eases within 12 weeks.", review.Required(".cite-finding").TextContent);
        Assert.Equal("Ropper AH.", review.Required(".cite-reference .authors").TextContent);
        Assert.Equal("A review.", review.Required("cite").TextContent);
        Assert.Equal("https://doi.org/10.1000/x", review.Required(".cite-reference a.ref-link").GetAttribute("href"));
    }

    [Fact]
    public void A_finding_cited_many_times_carries_its_popover_once_and_each_finding_has_its_own()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("One [@second, abstract]. Two [@second, abstract].\n\n- Three [@second, p. 4; @guide, rec. 1.1.4]").Html);
        var targets = html.QuerySelectorAll("button.cite-number").Select(b => b.GetAttribute("popovertarget")).ToList();
        Assert.Equal(["cite-source-1-1", "cite-source-1-1", "cite-source-1-2", "cite-source-2-1"], targets);
        Assert.Equal(3, html.QuerySelectorAll(".cite-popover[popover]").Length);
    }

    [Fact]
    public void The_reference_list_and_the_popover_show_the_same_formatted_reference()
    {
        var article = ContentAssert.Body("Rest does not help [@second, abstract].");
        var popover = HtmlAssert.Parse(article.Html).Required(".cite-reference").InnerHtml;
        Assert.Equal(Sciatica.Content.References.ReferenceHtml.Of(article.References[0].Reference), popover);
    }
}
