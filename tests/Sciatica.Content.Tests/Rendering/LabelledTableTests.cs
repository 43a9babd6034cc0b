namespace Sciatica.Content.Tests.Rendering;

public class LabelledTableTests
{
    private const string SideBySide = """
        | | Waiting | Epidural *injection* |
        |---|:---:|---:|
        | How fast | Slowly | Within weeks |
        | Risks | None | Headache |
        """;

    [Fact]
    public void Every_body_cell_is_labelled_with_its_column_heading_and_an_empty_corner_makes_the_first_column_row_headings()
    {
        var table = HtmlAssert.Parse(ContentAssert.Body(SideBySide).Html).Required("table.labelled");
        Assert.Equal(["", "Waiting", "Epidural injection"], table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent));
        Assert.Equal(["How fast", "Risks"], table.QuerySelectorAll("tbody th[scope=row]").Select(th => th.TextContent));
        Assert.All(table.QuerySelectorAll("tbody tr"), row =>
            Assert.Equal(["Waiting", "Epidural injection"], row.QuerySelectorAll("td").Select(td => td.GetAttribute("data-label"))));
    }

    [Fact]
    public void Alignment_is_a_class_because_the_content_security_policy_blocks_inline_styles()
    {
        var table = HtmlAssert.Parse(ContentAssert.Body(SideBySide).Html).Required("table");
        Assert.Empty(table.QuerySelectorAll("[style]"));
        Assert.Equal(3, table.QuerySelectorAll(".align-center").Length);
        Assert.Equal(3, table.QuerySelectorAll(".align-right").Length);
    }

    [Fact]
    public void With_a_heading_in_the_corner_every_column_is_data_and_labelled()
    {
        var table = HtmlAssert.Parse(ContentAssert.Body("| Medicine | What it does |\n|---|---|\n| Ibuprofen | Eases pain |\n").Html).Required("table");
        Assert.Empty(table.QuerySelectorAll("tbody th"));
        Assert.Equal(["Medicine", "What it does"], table.QuerySelectorAll("tbody td").Select(td => td.GetAttribute("data-label")));
    }
}
