using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Tests.Rules;

/// <summary>SCI101: what NICE advises against for sciatica is never a treatment to try, judged in context. Body text starts on line 8.</summary>
public class AdvisedAgainstMedicinesTests
{
    private static List<Diagnostic> Errors(string body) => ContentAssert.Errors(body, "SCI101");

    [Theory]
    [InlineData("Ask your GP about pregabalin for nerve pain [@guide, rec. 1.1.4].", "pregabalin")]
    [InlineData("Gabapentin can ease sciatica [@guide, rec. 1.1.4].", "Gabapentin")]
    [InlineData("A short course of steroid tablets may help [@guide, rec. 1.1.4].", "steroid tablets")]
    [InlineData("Diazepam relaxes the muscles and is worth a try [@guide, rec. 1.1.4].", "Diazepam")]
    [InlineData("- **Pregabalin.** It eases nerve pain [@guide, rec. 1.1.4].", "Pregabalin")]
    [InlineData("## Painkillers to try\n\n- **Codeine** [@guide, rec. 1.1.4].", "Codeine")]
    [InlineData("In 2016, NICE said doctors could consider gabapentin [@guide, rec. 1.1.4].", "gabapentin")]
    [InlineData("An epidural is one option. Steroids taken by mouth can also help [@guide, rec. 1.1.4].", "Steroids taken by mouth")]
    public void A_sentence_that_presents_it_as_a_treatment_is_an_error_at_the_medicine(string body, string medicine)
    {
        var error = Assert.Single(Errors(body));
        Assert.Equal(Severity.Error, error.Severity);
        Assert.StartsWith($"'{medicine}' reads as a treatment to try, but NICE advises against it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_introduction_that_recommends_makes_each_item_it_covers_an_error_at_its_line_and_column()
    {
        var errors = Errors("Medicines that can help: [@guide, rec. 1.1.4]\n\n- Ibuprofen [@guide, rec. 1.1.4].\n- Pregabalin [@guide, rec. 1.1.4].\n- Oral steroids [@guide, rec. 1.1.4].");
        Assert.Equal([(11, 3), (12, 3)], errors.Select(e => (e.Line, e.Column)));
    }

    [Theory]
    [InlineData("NICE advises against offering pregabalin or gabapentin for sciatica [@guide, rec. 1.1.4].")]
    [InlineData("NICE advises against these for sciatica: [@guide, rec. 1.1.4]\n\n- Gabapentinoids, such as pregabalin [@guide, rec. 1.1.4].\n- Steroid tablets, called oral corticosteroids [@guide, rec. 1.1.4].\n- Benzodiazepines. These are medicines for anxiety [@guide, rec. 1.1.4].")]
    [InlineData("An epidural is an injection of a numbing drug and a steroid near the nerve. It can ease leg pain for a few weeks [@guide, rec. 1.1.4].")]
    [InlineData("The steroid shot helped leg pain a little [@guide, rec. 1.1.4].")]
    [InlineData("In 2016, NICE said doctors could think about gabapentin. Its experts now judge it does more harm than good [@guide, rec. 1.1.4].")]
    [InlineData("If you take pregabalin, do not stop it suddenly [@guide, rec. 1.1.4].")]
    [InlineData("Since 2019, UK law has controlled pregabalin more tightly. People may misuse it [@guide, rec. 1.1.4].")]
    [InlineData("- **Codeine.** A weak opioid. NICE advises against opioids for sciatica that has lasted a long time [@guide, rec. 1.1.4].")]
    [InlineData("Ibuprofen and naproxen are NSAIDs, non-steroidal anti-inflammatory drugs, which may help [@guide, rec. 1.1.4].")]
    [InlineData("Get emergency help for pain after a small fall if you have taken steroid medicines for a long time [@guide, rec. 1.1.4].")]
    [InlineData("An epidural is an injection near the nerve. A steroid is a medicine that calms swelling, and it may help [@guide, rec. 1.1.4].")]
    [InlineData("## The steroid injection\n\nThe steroid can ease leg pain for a few weeks [@guide, rec. 1.1.4].")]
    public void True_statements_in_their_context_pass(string body) => Assert.Empty(Errors(body));
}
