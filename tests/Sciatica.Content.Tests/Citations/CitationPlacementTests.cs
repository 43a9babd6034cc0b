namespace Sciatica.Content.Tests.Citations;

/// <summary>AMA style: numbers tight against the word, after full stops and commas, before colons and semicolons.</summary>
public class CitationPlacementTests
{
    /// <summary>The paragraph as read on screen, popovers closed; "|" marks the word joiner that holds a number to its word.</summary>
    private static string Text(string body)
    {
        var paragraph = HtmlAssert.Parse(ContentAssert.Body(body).Html).Required("p");
        foreach (var popover in paragraph.QuerySelectorAll(".cite-popover"))
        {
            popover.Remove();
        }

        return paragraph.TextContent.Replace("\u2060", "|", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Most get better [@guide, rec. 1.1.4; @second, abstract]. Rest does not.", "Most get better.|1,2 Rest does not.")]
    [InlineData("Most get better. [@guide, rec. 1.1.4] Rest does not.", "Most get better.|1 Rest does not.")]
    [InlineData("After an operation [@guide, rec. 1.1.4], most walk.", "After an operation,|1 most walk.")]
    [InlineData("These help [@guide, rec. 1.1.4]:", "These help|1:")]
    [InlineData("It helps [@guide, rec. 1.1.4]; so does time.", "It helps|1; so does time.")]
    [InlineData("It *really* [@guide, rec. 1.1.4] helps.", "It really|1 helps.")]
    [InlineData("It helps\n[@guide, rec. 1.1.4].", "It helps.|1")]
    [InlineData("It helps [@guide, rec. 1.1.4] [@second, abstract].", "It helps.|1|,2")]
    public void Numbers_sit_tight_after_the_full_stop_or_comma(string body, string shown) =>
        Assert.Equal(shown, Text(body));

    [Fact]
    public void Moving_the_full_stop_keeps_every_later_citation_numbered()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("It is sciatica [@guide, rec. 1.1.4; @second, abstract]. They ask [@guide, rec. 1.1.9].").Html);
        Assert.Equal(["1", "2", "1"], html.QuerySelectorAll("sup.cite button").Select(b => b.TextContent));
    }
}
