using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Prose;
using Sciatica.Content.References;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Claims;

/// <summary>
/// Every claim must carry a citation. Claims are paragraphs (including those in block quotes and care cards),
/// list items and table body rows. A list item is also covered by a cited introduction ending in a colon
/// right before its list. Headings and <c>::: note</c> containers are not claims. On the About page
/// (<c>citationsRequired: false</c>) uncited text is framing, counted with the notes; what it does cite is still checked.
/// </summary>
public static class ClaimRule
{
    public const string NoteContainer = "note";

    /// <param name="counts">Counts the claims and notes as they are walked, for <c>check --report</c>.</param>
    public static void Check(MarkdownDocument document, ReferenceRegistry registry, DiagnosticBag diagnostics, ClaimCounts counts, bool citationsRequired = true)
    {
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case CustomContainer container when IsFraming(container.Info):
                    counts.Notes++;
                    break;
                case TableRow { IsHeader: false } row when !InNote(row):
                    CheckClaim(row, [row], "table row", registry, diagnostics, counts, citationsRequired);
                    break;
                case ListItemBlock item when !InNote(item):
                    CheckClaim(item, ClaimScope(item), "list item", registry, diagnostics, counts, citationsRequired);
                    break;
                case ParagraphBlock paragraph when paragraph.Parent is not (ListItemBlock or TableCell) && !InNote(paragraph):
                    CheckClaim(paragraph, [paragraph], "paragraph", registry, diagnostics, counts, citationsRequired);
                    break;
            }
        }
    }

    /// <summary>What may cite a list item: its own paragraphs, or a cited "…:" paragraph that introduces its list.</summary>
    private static List<Block> ClaimScope(ListItemBlock item)
    {
        var scope = new List<Block>(item.OfType<ParagraphBlock>());
        if (item.Parent is ListBlock list && Surroundings.IntroductionOf(list) is { } intro)
        {
            scope.Add(intro);
        }

        return scope;
    }

    private static void CheckClaim(Block claim, IEnumerable<Block> scope, string kind, ReferenceRegistry registry, DiagnosticBag diagnostics, ClaimCounts counts, bool citationsRequired)
    {
        var items = scope.SelectMany(CitationsIn.Block).SelectMany(c => c.Items).ToList();
        var ids = items.Select(i => i.Id).ToList();
        if (ids.Count == 0 && !citationsRequired)
        {
            counts.Notes++;
            return;
        }

        counts.Claims++;
        var line = claim.Line + 1;
        var column = claim.Column + 1;
        if (ids.Count == 0)
        {
            diagnostics.Report(ClaimsAreCited.ClaimWithoutCitation, line, column,
                $"{kind} makes a claim without a citation; add [@id], or put framing text in a '::: note' block");
            return;
        }

        var known = ids.Select(registry.Find).OfType<Reference>().ToList();
        if (known.Count > 0 && known.Count == ids.Count && known.TrueForAll(r => r.Evidence == Evidence.Commercial))
        {
            diagnostics.Report(ClaimsAreCited.CommercialOnlyClaim, line, column,
                $"{kind} is supported only by commercial sources ({string.Join(", ", known.Select(r => r.Id).Distinct())}); cite an independent source");
        }

        NumberRule.Check(claim, items, diagnostics);
    }

    /// <summary>Notes frame a page; form blocks hold the reader's own answers. Neither makes claims.</summary>
    private static bool IsFraming(string? info) => info == NoteContainer || DecisionAidBlocks.IsForm(info);

    private static bool InNote(Block block) => DecisionAidBlocks.IsInside(block, IsFraming);
}

/// <summary>How many claims an article makes and how many framing notes it has (which reviewers check by eye).</summary>
public sealed class ClaimCounts
{
    public int Claims { get; set; }

    public int Notes { get; set; }
}
