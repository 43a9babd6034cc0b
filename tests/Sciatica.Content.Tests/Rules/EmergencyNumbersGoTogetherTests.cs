using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI100: 999 never alone. Body text starts on line 8.</summary>
public class EmergencyNumbersGoTogetherTests
{
    private static List<Diagnostic> Errors(string body) => ContentAssert.Errors(body, "SCI100");

    [Theory]
    [InlineData("Call 999 now (outside the UK, call 911 in the US and Canada, 112 in the EU or 000 in Australia) [@guide, rec. 1.1.4].")]
    [InlineData("- Call 999 now. Outside the UK, call 911, 112 or 000 [@guide, rec. 1.1.4].")]
    [InlineData("::: emergency\nCall 999 or go to A&E now [@guide, rec. 1.1.4].\n\n::: note\nOutside the UK, call your own emergency number: 911 in the US and Canada, 112 in the EU, 000 in Australia.\n:::\n:::")]
    [InlineData("About 1,000 people took part; 112 of them improved [@guide, rec. 1.1.4].")]
    public void The_numbers_given_together_or_no_999_pass(string body) => Assert.Empty(Errors(body));

    [Fact]
    public void Nine_nine_nine_alone_is_an_error_at_the_number_naming_what_is_missing()
    {
        var error = Assert.Single(Errors("Scans help [@guide, rec. 1.1.4].\n\nIf you cannot pee, call 999 now [@guide, rec. 1.1.4]."));
        Assert.Equal((Severity.Error, 10, 25), (error.Severity, error.Line, error.Column));
        Assert.Contains("without 911, 112 and 000 in the same sentence", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_other_numbers_in_another_paragraph_do_not_count()
    {
        var error = Assert.Single(Errors("Call 999 now [@guide, rec. 1.1.4].\n\nIn the US call 911, in the EU 112, in Australia 000 [@guide, rec. 1.1.4]."));
        Assert.Equal((8, 6), (error.Line, error.Column));
    }

    [Fact]
    public void A_box_missing_one_of_them_names_the_one_missing()
    {
        var error = Assert.Single(Errors("::: emergency\nCall 999 now [@guide, rec. 1.1.4].\n\nIn the US call 911, in the EU 112 [@guide, rec. 1.1.4].\n:::"));
        Assert.Contains("without 000 ", error.Message, StringComparison.Ordinal);
    }
}
