using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.DecisionAids;

/// <summary>The test guide's rec. 1.1.4 says "4 in 10 people improve within 6 to 8 weeks". Body text starts on line 8.</summary>
public class IconArrayTests
{
    private const string Good = "::: icon-array people in a test trial followed for 6 to 8 weeks\nIn the trial, 40 in 100 people improved [@guide, rec. 1.1.4].\n:::\n";

    private static List<Diagnostic> Problems(string body) =>
        [.. ContentAssert.File(body).Diagnostics.Where(d => d.Code is "SCI090" or "SCI091" || (d.Code == "SCI066" && d.Line == 8))];

    [Fact]
    public void A_figure_the_finding_gives_is_drawn_as_100_people_with_its_count_filled_and_the_same_numbers_in_words()
    {
        Assert.Empty(Problems(Good));
        var figure = HtmlAssert.Parse(ContentAssert.Body(Good).Html).Required("figure.icon-array");
        Assert.Equal(40, figure.QuerySelectorAll("svg use.filled").Length);
        Assert.Equal(60, figure.QuerySelectorAll("svg use.empty").Length);
        Assert.Equal("true", figure.Required("svg").GetAttribute("aria-hidden"));
        var caption = figure.Required("figcaption");
        Assert.Equal("people in a test trial followed for 6 to 8 weeks", caption.Required(".icon-array-group").TextContent);
        Assert.Equal("Each figure is one person: 40 filled, 60 outlined.", caption.Required(".icon-array-key").TextContent);
        Assert.StartsWith("In the trial, 40 in 100 people improved", caption.Required("p:last-child").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_the_finding_does_not_give_is_an_error_at_the_figure()
    {
        var error = Assert.Single(Problems("::: icon-array people in a test trial\nIn the trial, 45 in 100 people improved [@guide, rec. 1.1.4].\n:::\n"));
        Assert.Equal((Severity.Error, "SCI091", 9, 15), (error.Severity, error.Code, error.Line, error.Column));
        Assert.Equal("the picture draws '45 in 100' (45%), but guide, rec. 1.1.4 gives '4 in 10', '6 to 8'; draw the figure the finding gives", error.Message);
    }

    [Fact]
    public void A_figure_in_the_group_the_finding_does_not_give_is_a_warning_on_the_first_line()
    {
        var warning = Assert.Single(Problems("::: icon-array people followed for 12 weeks\nIn the trial, 40 in 100 people improved [@guide, rec. 1.1.4].\n:::\n"));
        Assert.Equal(("SCI066", 8, 36), (warning.Code, warning.Line, warning.Column));
    }

    [Theory]
    [InlineData("::: icon-array\nIn the trial, 40 in 100 people improved [@guide, rec. 1.1.4].\n:::\n", "names the group")]
    [InlineData("::: icon-array people like you\nIn the trial, 40 in 100 people improved [@guide, rec. 1.1.4].\n:::\n", "never 'people like you'")]
    [InlineData("::: icon-array people in a trial\nIn the trial, 4 in 10 people improved [@guide, rec. 1.1.4].\n:::\n", "out of 100")]
    [InlineData("::: icon-array people in a trial\nIn the trial, 30 to 40 in 100 people improved [@guide, rec. 1.1.4].\n:::\n", "is a range")]
    [InlineData("::: icon-array people in a trial\nMany people improved [@guide, rec. 1.1.4].\n:::\n", "exactly one figure")]
    [InlineData("::: icon-array people in a trial\nIn the trial, 40 in 100 improved [@guide, rec. 1.1.4; @second, abstract].\n:::\n", "cites 2")]
    public void A_picture_that_would_mislead_is_an_error(string body, string says)
    {
        var error = Assert.Single(Problems(body));
        Assert.Equal((Severity.Error, "SCI090"), (error.Severity, error.Code));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_block_that_cannot_be_drawn_shows_its_sentence_without_a_picture()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("::: icon-array people in a trial\nIn the trial, 4 in 10 improved [@guide, rec. 1.1.4].\n:::\n").Html);
        Assert.Null(html.QuerySelector("svg"));
        Assert.Contains("4 in 10 improved", html.Required("figcaption").TextContent, StringComparison.Ordinal);
    }
}
