using System.Text.RegularExpressions;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// Each level of help owns its words on every page: emergency is help now (999 or A&amp;E), urgent is a GP today or
/// NHS 111, routine is a GP appointment. So "urgent" is never said of an emergency ("cauda equina is urgent"), and a
/// sign that is always an emergency (bladder, bowel, saddle area, both legs) is never sent to a lower level
/// ("see your GP if you cannot control your bladder"). "More urgent" and "how urgent" compare levels and pass.
/// </summary>
public sealed partial class TierWordsKeepTheirTier : IPageRule
{
    public static readonly Rule TierWordMisused = new(
        "SCI106", nameof(TierWordMisused), Severity.Error, RuleScope.Page,
        "A word of one level of help is used for another: \"urgent\" said of an emergency, or an emergency sign sent to a GP today, NHS 111 or a GP appointment",
        "Use the level's own words: emergency signs get \"help now\" (999 or A&E); \"urgent\" means a GP today or NHS 111; a GP appointment is routine");

    public IReadOnlyList<Rule> Reports { get; } = [TierWordMisused];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var sentence in Passage.In(page.Document).SelectMany(p => p.Sentences))
        {
            if (Problem(sentence) is ({ } at, { } message))
            {
                var (line, column) = sentence.At(at);
                diagnostics.Report(TierWordMisused, line, column, message);
            }
        }
    }

    private static (int At, string Message)? Problem(Sentence sentence)
    {
        var text = sentence.Text;
        var sign = Tiers.EmergencySign(text);
        var emergency = Tiers.EmergencyWords().IsMatch(text);
        var inEmergencyBox = Surroundings.CareCardOf(sentence.Passage.Block) is { } card && Tiers.LevelOf(card) == CareLevel.Emergency;
        if (UrgentAsALevel().Match(text) is { Success: true } urgent && (emergency || sign.Success || inEmergencyBox))
        {
            return (urgent.Index, $"'{urgent.Value}' is the word for a GP today or NHS 111, but this sentence is about an emergency; say \"emergency\" or \"help now\"");
        }

        if (sign.Success && !emergency && !inEmergencyBox && LowerLevel().Match(text) is { Success: true } lower)
        {
            return (lower.Index, $"'{sign.Value}' is an emergency sign (help now: 999 or A&E), but this sentence sends it to '{lower.Value}'; give it the emergency level");
        }

        return null;
    }

    /// <summary>"urgent" naming a level, not comparing levels ("more urgent", "how urgent").</summary>
    [GeneratedRegex(@"(?<!\b(?:more|most|less|how|as|so)\s+)\burgent(?:ly)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex UrgentAsALevel();

    [GeneratedRegex(@"\b(?:today|NHS 111|GP appointment|normal GP|routine|see (?:a|your) GP|book (?:an? )?(?:GP )?appointment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LowerLevel();
}
