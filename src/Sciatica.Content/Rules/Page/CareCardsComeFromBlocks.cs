using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sciatica.Content.Blocks;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// One list of signs for each level of help, the same on every page: a page places the shared emergency, urgent and
/// see-a-GP boxes from content/blocks rather than writing its own, and a page that names emergency signs beside
/// emergency words places the emergency box, so the reader sees the whole list with its numbers.
/// </summary>
public sealed class CareCardsComeFromBlocks : IPageRule
{
    public static readonly Rule OwnCareCard = new(
        "SCI102", nameof(OwnCareCard), Severity.Error, RuleScope.Page,
        "A page writes its own `::: emergency`, `::: urgent` or `::: routine` box instead of placing the shared block",
        "Delete the box and place the shared block that holds it, such as `--8<-- \"emergency-signs.md\"`; change signs in the block, for every page at once");

    public static readonly Rule EmergencySignsWithoutTheBox = new(
        "SCI103", nameof(EmergencySignsWithoutTheBox), Severity.Error, RuleScope.Page,
        "A page names emergency signs (bladder, bowel, saddle area, both legs…) as an emergency but does not place the emergency box",
        "Place the shared emergency block (`--8<-- \"emergency-signs.md\"`) on the page, so the reader sees every sign and every number");

    public IReadOnlyList<Rule> Reports { get; } = [OwnCareCard, EmergencySignsWithoutTheBox];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var cards = page.Document.Descendants<CustomContainer>().Where(c => CareLevel.Find(c.Info) is not null).ToList();
        var fromBlock = SharedText.Finder(diagnostics);
        var placed = cards.Where(c => fromBlock(c)).ToList();
        foreach (var own in cards.Except(placed))
        {
            diagnostics.Report(OwnCareCard, own.Line + 1, own.Column + 1,
                $"this page writes its own '::: {own.Info}' box; instead, {Placing(page, own.Info!)}, so every page gives the same signs and words");
        }

        if (placed.Exists(c => Tiers.LevelOf(c) == CareLevel.Emergency))
        {
            return;
        }

        foreach (var sentence in Passage.In(page.Document).Where(p => Surroundings.CareCardOf(p.Block) is null).SelectMany(p => p.Sentences))
        {
            if (Tiers.EmergencySign(sentence.Text) is { Success: true } sign && Tiers.EmergencyWords().IsMatch(sentence.Text))
            {
                var (line, column) = sentence.At(sign.Index);
                diagnostics.Report(EmergencySignsWithoutTheBox, line, column,
                    $"'{sign.Value}' is named as an emergency sign, but this page does not place the emergency box; {Placing(page, CareLevel.Emergency.Name)}, so the reader sees every sign");
                return;
            }
        }
    }

    /// <summary>How to place the shared block that holds the site's box of <paramref name="level"/>, by its name when there is one.</summary>
    private static string Placing(PageUnderCheck page, string level) =>
        page.Library.All.FirstOrDefault(b => b.Text is { } text && Fence(level).IsMatch(text)) is { } block
            ? $"place the shared block with the line {BlockExpander.Marker} \"{block.Name}\""
            : $"write the {level} box once in content/{BlockLibrary.Folder}/NAME.md and place it with the line {BlockExpander.Marker} \"NAME.md\"";

    private static Regex Fence(string level) => new($@"^:{{3,}}\s*{Regex.Escape(level)}\b", RegexOptions.Multiline);
}
