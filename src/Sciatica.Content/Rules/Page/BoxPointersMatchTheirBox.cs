using System.Text.RegularExpressions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;
using Sciatica.Content.Rendering;
using Sciatica.Content.Rendering.CareCards;

namespace Sciatica.Content.Rules.Page;

/// <summary>
/// "See your GP if a sign in the box above applies" sent readers with 999 signs to a routine visit, because the box
/// above was the emergency box. A sentence that points at a box (above, below, at the top of the page, under a named
/// heading) must find one there, and the box must be of the level the sentence speaks of (help now, today, a GP
/// appointment); "the signs above" or "the list below" said with a level must find a box of that level that way.
/// </summary>
public sealed partial class BoxPointersMatchTheirBox : IPageRule
{
    public static readonly Rule BoxPointerMismatch = new(
        "SCI105", nameof(BoxPointerMismatch), Severity.Error, RuleScope.Page,
        "A sentence points at \"the box above/below\" (or the signs or list there) but no help box is there, or the box there is of another level than the sentence says",
        "Point at the box that is really there, in its own words (the red emergency box: help now; the box for today: GP today or NHS 111), or move the sentence");

    public IReadOnlyList<Rule> Reports { get; } = [BoxPointerMismatch];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics)
    {
        var cards = page.Document.Descendants<CustomContainer>().Where(c => CareLevel.Find(c.Info) is not null).ToList();
        foreach (var passage in Passage.In(page.Document))
        {
            foreach (var sentence in passage.Sentences)
            {
                foreach (Match pointer in Pointer().Matches(sentence.Text))
                {
                    if (Problem(pointer, sentence, cards, page.Document) is { } problem)
                    {
                        var (line, column) = sentence.At(pointer.Index);
                        diagnostics.Report(BoxPointerMismatch, line, column, $"'{pointer.Value}' {problem}");
                    }
                }
            }
        }
    }

    private static string? Problem(Match pointer, Sentence sentence, List<CustomContainer> cards, MarkdownDocument document)
    {
        var isBox = pointer.Groups["what"].Value.StartsWith("box", StringComparison.OrdinalIgnoreCase);
        var levels = Tiers.Named(sentence.Text).ToList();
        if (Red().IsMatch(pointer.Value) && !levels.Contains(CareLevel.Emergency))
        {
            levels.Add(CareLevel.Emergency);
        }

        if (levels.Count == 0 && isBox)
        {
            levels = [.. Tiers.Named(sentence.Passage.Text)];
        }

        if (!isBox && levels.Count == 0)
        {
            return null;
        }

        var there = Candidates(pointer, sentence.Passage.Block, cards, document);
        if (there.Count == 0)
        {
            return isBox ? "points at a help box, but there is none there on this page" : null;
        }

        if (levels.Count == 0)
        {
            return null;
        }

        var named = string.Join(" or ", levels.Select(l => l.Name));
        if (!isBox)
        {
            return there.Exists(c => levels.Contains(Tiers.LevelOf(c))) ? null : $"speaks of {named} signs, but no {named} box is there";
        }

        var count = Two().IsMatch(pointer.Value) ? 2 : 1;
        var wrong = there.Take(count).FirstOrDefault(c => !levels.Contains(Tiers.LevelOf(c)));
        return wrong is null ? null
            : $"points at the {wrong.Info} box {pointer.Groups["where"].Value.ToLowerInvariant()}, but the sentence speaks of {named}; point at the {named} box, or give the {wrong.Info} box's own advice";
    }

    /// <summary>The care cards the pointer can mean, nearest first.</summary>
    private static List<CustomContainer> Candidates(Match pointer, Block from, List<CustomContainer> cards, MarkdownDocument document)
    {
        var own = Surroundings.CareCardOf(from);
        var others = cards.Where(c => c != own).ToList();
        var where = pointer.Groups["where"].Value.ToLowerInvariant();
        if (pointer.Groups["heading"].Success)
        {
            var heading = document.Descendants<HeadingBlock>().FirstOrDefault(h => string.Equals(InlineText.Of(h.Inline).Trim(), pointer.Groups["heading"].Value.Trim(), StringComparison.OrdinalIgnoreCase));
            return heading is null ? [] : [.. others.Where(c => c.Line > heading.Line)];
        }

        return where switch
        {
            "above" => [.. others.Where(c => c.Line < from.Line).Reverse()],
            "below" => [.. others.Where(c => c.Line > from.Line)],
            _ => [.. others.Take(1)],
        };
    }

    [GeneratedRegex(@"(?:\b(?:the|this|that|these|those|two|both|red|emergency|urgent|amber|other)\s+){0,3}\b(?<what>boxes|box|list|signs)\s+(?:listed\s+)?(?<where>above|below|at the top of (?:this|the) page|under\s+['‘""“](?<heading>[^'’""”]+)['’""”])", RegexOptions.IgnoreCase)]
    private static partial Regex Pointer();

    /// <summary>The site's emergency box is the red one.</summary>
    [GeneratedRegex(@"\bred\b", RegexOptions.IgnoreCase)]
    private static partial Regex Red();

    [GeneratedRegex(@"\b(?:two|both)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Two();
}
