using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// The site educates; it never prescribes. Anything that reads as a dose (an amount of a medicine, or how many
/// tablets or how often to take them) is refused, while other figures ("5 points on a 100-point scale") pass.
/// </summary>
public sealed partial class NoDoses : IPageRule
{
    public static readonly Rule DoseOrPrescription = new(
        "SCI104", nameof(DoseOrPrescription), Severity.Error, RuleScope.Page,
        "A sentence reads as a dose or a prescription: an amount with a unit (mg, g, ml, micrograms) or how many tablets or how often to take a medicine",
        "Remove the dose; say who to ask instead (a pharmacist, or the leaflet that comes with the medicine)");

    public IReadOnlyList<Rule> Reports { get; } = [DoseOrPrescription];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var sentence in Passage.In(page.Document).SelectMany(p => p.Sentences))
        {
            var text = sentence.Text;
            var dose = Amount().Match(text) is { Success: true } amount ? amount
                : TabletsPerDay().Match(text) is { Success: true } tablets ? tablets
                : HowOften().Match(text) is { Success: true } often && AboutAMedicine(sentence) ? often
                : null;
            if (dose is not null)
            {
                var (line, column) = sentence.At(dose.Index);
                diagnostics.Report(DoseOrPrescription, line, column,
                    $"'{dose.Value}' reads as a dose or a prescription; this site never gives doses: remove it and point to a pharmacist or the medicine's leaflet");
            }
        }
    }

    /// <summary>How often is a dose only said of a medicine: named in the sentence, or in the same table row.</summary>
    private static bool AboutAMedicine(Sentence sentence) =>
        Medicine().IsMatch(sentence.Text)
        || (sentence.Passage.Block.Parent?.Parent is TableRow row && row.Descendants<ParagraphBlock>().Any(p => Medicine().IsMatch(Passage.Of(p).Text)));

    /// <summary>"400 mg", "2.5 ml", "1 g", "200 micrograms", "5mg".</summary>
    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?\s?(?:mg|milligrams?|g|grams?|mcg|µg|micrograms?|ml|mL|millilitres?|milliliters?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    /// <summary>"2 tablets a day", "two capsules every 4 hours", "one pill at night".</summary>
    [GeneratedRegex(@"\b(?:\d+|one|two|three|four|five|six|eight)\s+(?:tablets?|capsules?|pills?|doses?|sachets?|spoonfuls?|teaspoons?|puffs?|drops?)\s+(?:a|per|each|every|at)\s+(?:\d+\s+)?(?:day|days|night|morning|evening|hours?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TabletsPerDay();

    /// <summary>"twice a day", "3 times daily", "every 6 hours": a dose only when the sentence is about a medicine.</summary>
    [GeneratedRegex(@"\b(?:(?:once|twice|\d+\s+times|one\s+time|two\s+times|three\s+times|four\s+times)\s+(?:a|per|each)\s+day|(?:once|twice|\d+\s+times|three\s+times|four\s+times)\s+daily|every\s+\d+(?:\s+to\s+\d+)?\s+hours)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowOften();

    [GeneratedRegex(@"\b(?:tablets?|capsules?|pills?|doses?|medicines?|medication|drugs?|painkillers?|paracetamol|ibuprofen|naproxen|codeine|nsaids?|opioids?|pregabalin|gabapentin|amitriptyline)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Medicine();
}
