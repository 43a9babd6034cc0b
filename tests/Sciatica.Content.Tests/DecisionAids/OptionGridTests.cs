using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.DecisionAids;

/// <summary>Body text starts on line 8; the grid's table starts on line 9.</summary>
public class OptionGridTests
{
    private const string Good = """
        ::: option-grid Your options side by side
        | | Wait | Operation |
        |---|---|---|
        | How soon? | Weeks [@guide, rec. 1.1.4] | Sooner [@second, abstract] |
        | Risks? | None from a procedure [@guide, rec. 1.1.9] | Some [@second, abstract] |
        :::

        """;

    private static List<Diagnostic> Problems(string body) =>
        [.. ContentAssert.File(body).Diagnostics.Where(d => d.Code is "SCI092" or "SCI093")];

    [Fact]
    public void Each_question_is_a_row_header_and_each_answer_is_labelled_with_its_option()
    {
        Assert.Empty(Problems(Good));
        var table = HtmlAssert.Parse(ContentAssert.Body(Good).Html).Required(".option-grid table");
        Assert.Equal("Your options side by side", table.Required("caption").TextContent);
        Assert.Equal(["Wait", "Operation"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(["How soon?", "Risks?"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.Equal(["Wait", "Operation", "Wait", "Operation"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")));
        Assert.Equal(4, table.QuerySelectorAll("tbody td sup.cite").Length);
    }

    [Fact]
    public void An_option_without_an_answer_is_an_error_naming_the_question_and_the_option()
    {
        var body = Good.Replace("| Some [@second, abstract] |", "| |", StringComparison.Ordinal);
        var error = Assert.Single(Problems(body));
        Assert.Equal((Severity.Error, "SCI092", 12), (error.Severity, error.Code, error.Line));
        Assert.StartsWith("'Risks?' has no answer for 'Operation'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_shorter_than_the_header_is_missing_an_answer()
    {
        var body = Good.Replace("| Some [@second, abstract] |", "", StringComparison.Ordinal);
        var error = Assert.Single(Problems(body));
        Assert.Equal(("SCI092", 12), (error.Code, error.Line));
    }

    [Fact]
    public void An_answer_without_its_own_citation_is_an_error_even_when_the_row_cites()
    {
        var body = Good.Replace("Sooner [@second, abstract]", "Sooner", StringComparison.Ordinal);
        var error = Assert.Single(Problems(body));
        Assert.Equal(("SCI093", 11), (error.Code, error.Line));
        Assert.Equal("the answer for 'Operation' to 'How soon?' cites nothing; cite the finding it rests on in the cell", error.Message);
    }

    [Fact]
    public void A_grid_without_a_table_is_an_error() =>
        Assert.Single(Problems("::: option-grid\nJust words [@guide, rec. 1.1.4].\n:::\n"));

    [Fact]
    public void A_figure_in_a_cell_is_checked_against_the_finding_it_cites()
    {
        var warning = Assert.Single(ContentAssert.Errors(Good.Replace("Weeks [@guide", "In 15 weeks [@guide", StringComparison.Ordinal), "SCI066"));
        Assert.Equal(11, warning.Line);
    }
}
