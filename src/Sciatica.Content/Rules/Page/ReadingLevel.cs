using Sciatica.Content.Diagnostics;
using Sciatica.Content.Readability;

namespace Sciatica.Content.Rules.Page;

/// <summary>The page reads at the level the site promises (Flesch-Kincaid grade and SMOG).</summary>
public sealed class ReadingLevel : IPageRule
{
    public static readonly Rule HardToRead = new(
        "SCI040", nameof(HardToRead), Severity.Warning, RuleScope.Page,
        "The article reads above FK grade 8 or SMOG 9",
        "Shorter sentences, fewer long words");

    public IReadOnlyList<Rule> Reports { get; } = [HardToRead];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var readability = page.Readability;
        if (readability.IsTooHard)
        {
            diagnostics.Report(HardToRead, 1, 1,
                $"reading level is Flesch-Kincaid grade {readability.FleschKincaidGrade} and SMOG {readability.Smog}; aim for at most {ReadabilityScore.MaxGrade} and {ReadabilityScore.MaxSmog}");
        }
    }
}
