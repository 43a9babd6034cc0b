using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Tests.Rendering;

public class CareCardTests
{
    [Theory]
    [InlineData("emergency", "Immediate action required:")]
    [InlineData("urgent", "Urgent advice:")]
    [InlineData("routine", "Non-urgent advice:")]
    public void Each_level_has_a_visible_heading_and_a_screen_reader_prefix(string level, string prefix)
    {
        var html = HtmlAssert.Parse(ContentAssert.Body($"## Help\n\n::: {level}\nSee someone [@guide, rec. 1.1.4].\n:::\n").Html);
        var card = html.Required($".care-card.care-card-{level}");
        var heading = card.Required("h3.care-card-heading");
        Assert.Equal(prefix + " ", heading.Required(".visually-hidden").TextContent);
        Assert.Equal(prefix + " " + CareLevel.Find(level)!.Heading, heading.TextContent);
        Assert.Contains("See someone", card.Required(".care-card-content p").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_card_before_any_section_heading_uses_h2()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("::: routine\nSee someone [@guide, rec. 1.1.4].\n:::\n").Html);
        Assert.NotNull(html.QuerySelector(".care-card > h2.care-card-heading"));
    }

    [Fact]
    public void Other_containers_keep_markdig_rendering()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("::: note\nFraming.\n:::\n").Html);
        Assert.Equal("Framing.", html.Required("div.note > p").TextContent);
        Assert.Null(html.QuerySelector(".care-card"));
    }

    [Fact]
    public void Card_contents_are_claims_that_need_citations()
    {
        var errors = ContentAssert.Errors("::: urgent\nCall your GP today.\n:::\n", "SCI001");
        Assert.Single(errors);
    }

}
