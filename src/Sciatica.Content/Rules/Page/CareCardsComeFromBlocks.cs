using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// One list of signs for each level of help, the same on every page: a page places the shared emergency, urgent and
/// see-a-GP boxes from content/blocks rather than writing its own, so a sign changed in the block changes everywhere.
/// </summary>
public sealed class CareCardsComeFromBlocks : IPageRule
{
    public static readonly Rule OwnCareCard = new(
        "SCI102", nameof(OwnCareCard), Severity.Error, RuleScope.Page,
        "A page writes its own `::: emergency`, `::: urgent` or `::: routine` box instead of placing the shared block",
        "Delete the box and place the shared block that holds it, such as `--8<-- \"emergency-signs.md\"`; change signs in the block, for every page at once");

    public IReadOnlyList<Rule> Reports { get; } = [OwnCareCard];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var own in CareCardPlacement.Cards(page).Where(c => !CareCardPlacement.FromBlock(c, diagnostics)))
        {
            diagnostics.Report(OwnCareCard, own.Line + 1, own.Column + 1,
                $"this page writes its own '::: {own.Info}' box; instead, {CareCardPlacement.Placing(page, own.Info!)}, so every page gives the same signs and words");
        }
    }
}
