using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>An option grid answers every question for every option, and every answer cites its finding.</summary>
public sealed class OptionGridsAreComplete : IPageRule
{
    public static readonly Rule OptionGridMissingAnswer = new(
        "SCI092", nameof(OptionGridMissingAnswer), Severity.Error, RuleScope.Page,
        "An option grid has no table, or a question without an answer for some option",
        "Answer every question for every option; where nothing is known, say so and cite that");

    public static readonly Rule OptionGridUncitedAnswer = new(
        "SCI093", nameof(OptionGridUncitedAnswer), Severity.Error, RuleScope.Page,
        "An answer in an option grid cites nothing",
        "Cite the finding the answer rests on in that cell");

    public IReadOnlyList<Rule> Reports { get; } = [OptionGridMissingAnswer, OptionGridUncitedAnswer];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics) => OptionGridRule.Check(page.Document, diagnostics);
}
