using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI104: nothing that reads as a dose. Body text starts on line 8.</summary>
public class NoDosesTests
{
    private static List<Diagnostic> Errors(string body) => ContentAssert.Errors(body, "SCI104");

    [Theory]
    [InlineData("Take 400 mg of ibuprofen [@guide, rec. 1.1.4].", "400 mg")]
    [InlineData("Adults can take 1g of paracetamol [@guide, rec. 1.1.4].", "1g")]
    [InlineData("A child needs 2.5 ml of the liquid [@guide, rec. 1.1.4].", "2.5 ml")]
    [InlineData("The patch gives 5 micrograms an hour [@guide, rec. 1.1.4].", "5 micrograms")]
    [InlineData("- Codeine: 2 tablets every 4 hours [@guide, rec. 1.1.4].", "2 tablets every 4 hours")]
    [InlineData("Most people take two tablets a day [@guide, rec. 1.1.4].", "two tablets a day")]
    [InlineData("Take the painkiller three times a day with food [@guide, rec. 1.1.4].", "three times a day")]
    [InlineData("| Medicine | How often |\n|---|---|\n| Naproxen | twice daily [@guide, rec. 1.1.4] |", "twice daily")]
    public void A_dose_or_prescription_is_an_error_that_quotes_it(string body, string dose)
    {
        var error = Assert.Single(Errors(body));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith($"'{dose}' reads as a dose or a prescription", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_is_at_the_dose()
    {
        var error = Assert.Single(Errors("Ask a pharmacist [@guide, rec. 1.1.4].\n\nSome take 400 mg [@guide, rec. 1.1.4]."));
        Assert.Equal((10, 11), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("Pain was 5 points lower on a 100-point scale [@guide, rec. 1.1.4].")]
    [InlineData("About 39 in 100 people got better [@guide, rec. 1.1.4].")]
    [InlineData("One review put together 10 trials in 1651 people [@guide, rec. 1.1.4].")]
    [InlineData("Do the stretches twice a day, or 3 times a day if you can [@guide, rec. 1.1.4].")]
    [InlineData("Do not drive for 24 hours after the injection [@guide, rec. 1.1.4].")]
    [InlineData("Ask a pharmacist how much to take, and read the leaflet that comes with the medicine [@guide, rec. 1.1.4].")]
    [InlineData("The aim is the lowest dose that works, for the shortest time [@guide, rec. 1.1.4].")]
    [InlineData("You lost 5 kg without trying [@guide, rec. 1.1.4].")]
    public void Figures_that_are_not_doses_pass(string body) => Assert.Empty(Errors(body));
}
