using System.Text.RegularExpressions;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// A reader outside the UK must not be left with only 999: wherever 999 is given, 911, 112 and 000 are given in the
/// same sentence, list item or box (the site puts them in a note inside the emergency box).
/// </summary>
public sealed partial class EmergencyNumbersGoTogether : IPageRule
{
    public static readonly Rule NineNineNineAlone = new(
        "SCI100", nameof(NineNineNineAlone), Severity.Error, RuleScope.Page,
        "999 is given without 911, 112 and 000 in the same sentence, list item or box",
        "Add \"Outside the UK, call your own emergency number: 911 in the US and Canada, 112 in the EU, 000 in Australia\" there, or place the emergency block");

    private static readonly string[] OtherNumbers = ["911", "112", "000"];

    public IReadOnlyList<Rule> Reports { get; } = [NineNineNineAlone];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        foreach (var sentence in Passage.In(page.Document).SelectMany(p => p.Sentences))
        {
            foreach (Match number in ServiceNumber().Matches(sentence.Text).Where(m => m.Value == "999"))
            {
                var missing = Missing(sentence);
                if (missing.Count > 0)
                {
                    var (line, column) = sentence.At(number.Index);
                    diagnostics.Report(NineNineNineAlone, line, column,
                        $"999 is given without {Listed(missing)} in the same sentence, list item or box; readers outside the UK need their own number");
                }
            }
        }
    }

    /// <summary>The other numbers found in none of the sentence, its paragraph, its list item or its care card.</summary>
    private static List<string> Missing(Sentence sentence)
    {
        Block block = sentence.Passage.Block;
        IEnumerable<Block?> places = [block, block.Parent as ListItemBlock, Surroundings.CareCardOf(block)];
        var missing = OtherNumbers.Except(Numbers(sentence.Text)).ToList();
        foreach (var place in places.OfType<Block>())
        {
            var found = place is LeafBlock leaf
                ? Numbers(Passage.Of(leaf).Text)
                : ((ContainerBlock)place).Descendants<LeafBlock>().SelectMany(l => Numbers(Passage.Of(l).Text));
            var stillMissing = OtherNumbers.Except(found).ToList();
            if (stillMissing.Count < missing.Count)
            {
                missing = stillMissing;
            }
        }

        return missing;
    }

    private static string Listed(List<string> numbers) =>
        numbers.Count == 1 ? numbers[0] : string.Join(", ", numbers.SkipLast(1)) + " and " + numbers[^1];

    private static IEnumerable<string> Numbers(string text) => ServiceNumber().Matches(text).Select(m => m.Value);

    /// <summary>A service number on its own, not part of a longer figure such as 1,000 or 9990.</summary>
    [GeneratedRegex(@"(?<![\d,.])(999|911|112|000)(?!\d|[,.]\d)")]
    private static partial Regex ServiceNumber();
}
