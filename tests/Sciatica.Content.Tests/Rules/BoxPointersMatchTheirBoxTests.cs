using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI105: a sentence that points at a box finds the box of the level it speaks of. Body text starts on line 8.</summary>
public class BoxPointersMatchTheirBoxTests
{
    private const string Emergency = "::: emergency\nCall 999 now if you cannot control your bladder (outside the UK, 911, 112 or 000) [@guide, rec. 1.1.4].\n:::\n\n";

    private const string Urgent = "::: urgent\nContact your GP today, or call NHS 111, if you have a fever [@guide, rec. 1.1.4].\n:::\n\n";

    private static List<Diagnostic> Errors(string body) => ContentAssert.Errors(body, "SCI105");

    [Fact]
    public void Sending_the_emergency_box_above_to_a_GP_visit_is_an_error_at_the_pointer()
    {
        var error = Assert.Single(Errors(Emergency + "See your GP if one of the signs in the box above applies to you [@guide, rec. 1.1.4]."));
        Assert.Equal((Severity.Error, 12, 36), (error.Severity, error.Line, error.Column));
        Assert.Equal("'the box above' points at the emergency box above, but the sentence speaks of routine; point at the routine box, or give the emergency box's own advice", error.Message);
    }

    [Theory]
    [InlineData(Urgent + "If a sign in the box above applies, call 999 now [@guide, rec. 1.1.4].")]
    [InlineData("If you have a sign in the box below, get help now [@guide, rec. 1.1.4].\n\n" + Urgent)]
    [InlineData(Emergency + Urgent + "If you have a sign from the red box above, call 999 [@guide, rec. 1.1.4].")]
    [InlineData("If a sign in the box below applies, get help now [@guide, rec. 1.1.4].")]
    [InlineData("Some signs need help now. Check the two boxes below [@guide, rec. 1.1.4].\n\n" + Emergency + "Scans wait [@guide, rec. 1.1.4].\n\n" + Urgent)]
    [InlineData(Urgent + "Learn the emergency signs above [@guide, rec. 1.1.4].")]
    public void A_pointer_to_a_box_of_another_level_or_to_no_box_is_an_error(string body) => Assert.Single(Errors(body));

    [Theory]
    [InlineData(Emergency + "If you have a sign from the red emergency box above, do not wait for a GP appointment. Get help now [@guide, rec. 1.1.4].")]
    [InlineData(Emergency + "If you have a sign in the red box at the top of this page, get help now [@guide, rec. 1.1.4].")]
    [InlineData("Some signs need help now or today. If you have any of the signs in the two boxes below, get help as the box says [@guide, rec. 1.1.4].\n\n" + Emergency + Urgent)]
    [InlineData(Emergency + "## Signs that need a doctor today\n\n" + Urgent + "## Cancer\n\nSo call your cancer team today, as the box under 'Signs that need a doctor today' says [@guide, rec. 1.1.4].")]
    [InlineData(Emergency + Urgent + "Learn the emergency signs above, and keep this page to hand [@guide, rec. 1.1.4].")]
    [InlineData("- Lie on your side [@guide, rec. 1.1.4].\n\nFor sleep, try the positions in the list above [@guide, rec. 1.1.4].")]
    [InlineData(Emergency + "It causes the bladder and bowel signs listed above [@guide, rec. 1.1.4].")]
    public void A_pointer_that_finds_its_level_there_passes(string body) => Assert.Empty(Errors(body));
}
