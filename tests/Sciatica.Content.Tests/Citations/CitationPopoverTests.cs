namespace Sciatica.Content.Tests.Citations;

public class CitationPopoverTests
{
    [Fact]
    public void Each_citation_number_opens_its_reference_in_place_and_links_to_the_list()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("Moving helps [@guide; @second]. Rest does not [@second].").Html);
        var buttons = html.QuerySelectorAll("sup.cite button.cite-number");
        Assert.Equal(["1", "2", "2"], buttons.Select(b => b.TextContent));
        foreach (var button in buttons)
        {
            var popover = html.Required($"#{button.GetAttribute("popovertarget")}");
            Assert.True(popover.HasAttribute("popover"));
            Assert.Equal($"#ref-{button.TextContent}", popover.Required("a").GetAttribute("href"));
        }

        var review = html.Required($"#{buttons[1].GetAttribute("popovertarget")}");
        Assert.Contains("Ropper AH.", review.TextContent, StringComparison.Ordinal);
        Assert.Equal("A review.", review.Required("cite").TextContent);
    }

    [Fact]
    public void A_source_cited_many_times_carries_its_reference_once()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("One [@second]. Two [@second].\n\n- Three [@second; @guide]").Html);
        var targets = html.QuerySelectorAll("button.cite-number").Select(b => b.GetAttribute("popovertarget")).ToList();
        Assert.Equal(4, targets.Count);
        Assert.Equal(3, targets.Count(t => t == targets[0]));
        Assert.Equal(2, html.QuerySelectorAll(".cite-popover[popover]").Length);
    }
}
