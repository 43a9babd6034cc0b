using Sciatica.Content.Rendering.DecisionAids;

namespace Sciatica.Content.Tests.DecisionAids;

public class FormBlockTests
{
    private const string Blocks = """
        ::: scale How much does each matter to you?
        - Getting back to work soon
        - Avoiding an operation
        :::

        ::: choose-one Which way are you leaning?
        - Waiting
        - An operation
        :::

        ::: choose-any Questions I want to ask
        - What if I wait?
        :::

        ::: write Other questions
        :::

        """;

    [Fact]
    public void Form_blocks_are_labelled_controls_outside_any_form_and_need_no_citation()
    {
        var file = ContentAssert.File(Blocks);
        Assert.DoesNotContain(file.Diagnostics, d => d.IsError);
        var html = HtmlAssert.Parse(ContentAssert.Readable(file).Html);
        Assert.Null(html.QuerySelector("form"));
        Assert.Equal("How much does each matter to you?", html.Required(".form-scale > fieldset > legend").TextContent);
        var statements = html.QuerySelectorAll(".form-scale fieldset fieldset");
        Assert.Equal(["Getting back to work soon", "Avoiding an operation"], statements.Select(f => f.Required("legend").TextContent));
        Assert.Equal(DecisionAidBlocks.ScalePoints, statements[0].QuerySelectorAll("label").Select(l => l.TextContent.Trim()));
        Assert.Single(statements[0].QuerySelectorAll("input[type=radio]").Select(i => i.GetAttribute("name")).Distinct());
        Assert.Equal("Which way are you leaning?", html.Required(".form-choose-one legend").TextContent);
        Assert.Equal(2, html.QuerySelectorAll(".form-choose-one input[type=radio]").Length);
        Assert.Single(html.QuerySelectorAll(".form-choose-any input[type=checkbox]"));
        Assert.Equal("Other questions", html.Required(".form-write label").TextContent);
        foreach (var control in html.QuerySelectorAll("input, textarea"))
        {
            var label = html.QuerySelector($"label[for='{control.Id}']");
            Assert.True(label is not null && label.Contains(control) | control.LocalName == "textarea", $"control {control.Id} has no label around it");
        }

        Assert.Equal(html.QuerySelectorAll("[id]").Length, html.QuerySelectorAll("[id]").Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void An_answer_opens_in_place_under_its_question_and_is_a_claim()
    {
        var html = HtmlAssert.Parse(ContentAssert.Body("::: answer Does rest help?\nNo [@guide, rec. 1.1.9].\n:::\n").Html);
        Assert.Equal("Does rest help?", html.Required("details.answer > summary").TextContent);
        Assert.StartsWith("No", html.Required("details.answer > p").TextContent, StringComparison.Ordinal);
        Assert.Single(ContentAssert.Errors("::: answer Does rest help?\nNo.\n:::\n", "SCI001"));
    }

    [Theory]
    [InlineData("::: answer\nNo [@guide, rec. 1.1.9].\n:::\n", "needs its question")]
    [InlineData("::: choose-one\n- Waiting\n:::\n", "needs its question")]
    [InlineData("::: scale How much?\nJust words.\n:::\n", "nothing to tick")]
    public void A_form_block_a_reader_could_not_use_is_an_error(string body, string says)
    {
        var error = Assert.Single(ContentAssert.Errors(body, "SCI094"));
        Assert.Contains(says, error.Message, StringComparison.Ordinal);
    }
}
