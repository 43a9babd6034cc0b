using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// A page that names an emergency sign as an emergency (bladder, bowel, saddle area, both legs, beside "emergency",
/// 999, A&amp;E or "help now") places the shared emergency box, so the reader sees every sign and every number, not a
/// page's own shorter list.
/// </summary>
public sealed class EmergencySignsPlaceTheBox : IPageRule
{
    public static readonly Rule EmergencySignsWithoutTheBox = new(
        "SCI103", nameof(EmergencySignsWithoutTheBox), Severity.Error, RuleScope.Page,
        "A page names emergency signs (bladder, bowel, saddle area, both legs…) as an emergency but does not place the emergency box",
        "Place the shared emergency block (`--8<-- \"emergency-signs.md\"`) on the page, so the reader sees every sign and every number");

    public IReadOnlyList<Rule> Reports { get; } = [EmergencySignsWithoutTheBox];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        if (CareCardPlacement.Cards(page).Exists(c => Tiers.LevelOf(c) == CareLevel.Emergency && CareCardPlacement.FromBlock(c, diagnostics)))
        {
            return;
        }

        foreach (var sentence in Passage.In(page.Document).Where(p => Surroundings.CareCardOf(p.Block) is null).SelectMany(p => p.Sentences))
        {
            if (Tiers.EmergencySign(sentence.Text) is { Success: true } sign && Tiers.EmergencyWords().IsMatch(sentence.Text))
            {
                var (line, column) = sentence.At(sign.Index);
                diagnostics.Report(EmergencySignsWithoutTheBox, line, column,
                    $"'{sign.Value}' is named as an emergency sign, but this page does not place the emergency box; {CareCardPlacement.Placing(page, CareLevel.Emergency.Name)}, so the reader sees every sign");
                return;
            }
        }
    }
}
