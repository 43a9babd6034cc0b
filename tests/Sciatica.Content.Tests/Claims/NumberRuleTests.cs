using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Claims;

/// <summary>
/// The test guide's rec. 1.1.4 says "4 in 10 people improve within 6 to 8 weeks"; the review's p. 4 says "About 95% … L4-L5".
/// Body text starts on line 8.
/// </summary>
public class NumberRuleTests
{
    private static List<Diagnostic> Warnings(string body) => ContentAssert.Errors(body, "SCI066");

    [Theory]
    [InlineData("About 40% of people improve within 6-8 weeks [@guide, rec. 1.1.4].")]
    [InlineData("Four in ten is written 4 in 10 and improves within 6–8 weeks [@guide, rec. 1.1.4].")]
    [InlineData("Two in five get better in 6 to 8 weeks [@guide, rec. 1.1.4].")]
    [InlineData("Most are at L5 or S1, about 95 per cent [@second, p. 4].")]
    [InlineData("Call 999 or NHS 111 [@guide, rec. 1.1.4].")]
    [InlineData("A 2016 guideline says so [@guide, rec. 1.1.4].")]
    public void A_figure_given_by_a_cited_finding_passes(string body) => Assert.Empty(Warnings(body));

    [Fact]
    public void A_figure_no_cited_finding_gives_is_a_warning_at_the_figure()
    {
        var warning = Assert.Single(Warnings("Scans help.\nHalf of people, 5 in 10, improve in 6 weeks [@guide, rec. 1.1.4]."));
        Assert.Equal((Severity.Warning, 9, 17), (warning.Severity, warning.Line, warning.Column));
        Assert.Equal("'5 in 10' is in none of the findings this claim cites (guide, rec. 1.1.4); check the figure, or cite the finding that gives it", warning.Message);
    }

    [Fact]
    public void Each_figure_of_a_claim_is_checked_against_all_the_findings_it_cites()
    {
        var warnings = Warnings("Of 95% who improve in 12 weeks, 30% need help [@guide, rec. 1.1.4; @second, abstract].");
        Assert.Equal(["'95%'", "'30%'"], warnings.Select(w => w.Message.Split(' ')[0]));
    }

    [Fact]
    public void A_list_item_is_checked_against_the_findings_its_introduction_cites()
    {
        var warning = Assert.Single(Warnings("What helps [@guide, rec. 1.1.4]:\n\n- waiting 6 to 8 weeks\n- waiting 3 weeks"));
        Assert.Equal((11, 11), (warning.Line, warning.Column));
    }

    [Fact]
    public void A_claim_with_a_citation_that_names_no_finding_is_left_to_the_citation_rule() =>
        Assert.Empty(Warnings("77 people [@guide]."));

    [Theory]
    [InlineData("4 in 10", "40%")]
    [InlineData("one in three", "33%")]
    [InlineData("33 per cent", "33%")]
    [InlineData("12.5%", "13%")]
    [InlineData("1 in 1000", "0.1%")]
    [InlineData("6 to 8", "6-8")]
    [InlineData("6 – 8", "6-8")]
    [InlineData("10,000", "10000")]
    [InlineData("3 in every 100", "3%")]
    [InlineData("20 to 30 in every 100", "20-30")]
    [InlineData("2 to 3 in every thousand", "0.2-0.3")]
    [InlineData("20%-30%", "20-30")]
    [InlineData("1.1.4", "1.1.4")]
    public void Figures_are_compared_in_one_form(string written, string key) =>
        Assert.Equal(key, Assert.Single(WrittenNumbers.In(written)).Key);

    [Theory]
    [InlineData("L5 and NG59 and 3D")]
    [InlineData("someone in ten")]
    [InlineData("six weeks")]
    public void Names_and_numbers_in_words_outside_a_proportion_are_not_figures(string text) =>
        Assert.Empty(WrittenNumbers.In(text));
}
