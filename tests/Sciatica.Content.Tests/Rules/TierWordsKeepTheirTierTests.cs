using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI106: each level of help keeps its own words. Body text starts on line 8.</summary>
public class TierWordsKeepTheirTierTests
{
    private static List<Diagnostic> Errors(string body) => ContentAssert.Errors(body, "SCI106");

    [Theory]
    [InlineData("Cauda equina syndrome is urgent [@guide, rec. 1.1.4].", "'urgent' is the word for a GP today or NHS 111")]
    [InlineData("If you cannot control your bladder, it is urgent: call 999 [@guide, rec. 1.1.4].", "'urgent' is the word for a GP today or NHS 111")]
    [InlineData("::: emergency\nThese signs need urgent care at A&E [@guide, rec. 1.1.4].\n:::", "'urgent' is the word for a GP today or NHS 111")]
    [InlineData("See your GP if you cannot control your bladder [@guide, rec. 1.1.4].", "'bladder' is an emergency sign (help now: 999 or A&E), but this sentence sends it to 'See your GP'")]
    [InlineData("Numbness in both legs needs a doctor today [@guide, rec. 1.1.4].", "'both legs' is an emergency sign (help now: 999 or A&E), but this sentence sends it to 'today'")]
    public void A_word_of_another_level_is_an_error(string body, string message)
    {
        var error = Assert.Single(Errors(body));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_is_at_the_word()
    {
        var error = Assert.Single(Errors("Scans wait [@guide, rec. 1.1.4].\n\nCauda equina syndrome is urgent [@guide, rec. 1.1.4]."));
        Assert.Equal((10, 26), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("Where the sources differ, this site uses the more urgent level [@guide, rec. 1.1.4].")]
    [InlineData("If you are not sure how urgent your symptoms are, call NHS 111 [@guide, rec. 1.1.4].")]
    [InlineData("::: urgent\nContact your GP today, or call NHS 111, the phone line for urgent advice [@guide, rec. 1.1.4].\n:::")]
    [InlineData("If you cannot control your bladder, do not wait for a GP appointment: get emergency help now [@guide, rec. 1.1.4].")]
    [InlineData("Rarely, nerve damage can affect the bladder [@guide, rec. 1.1.4].")]
    [InlineData("Some signs need emergency help now, and some need a doctor today [@guide, rec. 1.1.4].")]
    public void Each_level_in_its_own_words_passes(string body) => Assert.Empty(Errors(body));
}
