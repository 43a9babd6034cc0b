using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Claims;

/// <summary>
/// A cheap, strong check: every figure a claim writes should appear in a finding the claim cites.
/// Runs only when every citation of the claim names a finding (otherwise the citation rule reports first).
/// </summary>
public static class NumberRule
{
    /// <summary>Telephone numbers of health services are not figures a source has to give.</summary>
    private static readonly HashSet<string> ServiceNumbers = new(StringComparer.Ordinal) { "999", "111", "911", "112", "000" };

    public static void Check(Block claim, IReadOnlyList<CitationItem> items, DiagnosticBag diagnostics)
    {
        if (items.Count == 0 || items.Any(i => i.Finding is null))
        {
            return;
        }

        var offered = items.SelectMany(i => WrittenNumbers.KeysIn(i.Finding!.Says)).ToHashSet(StringComparer.Ordinal);
        var years = items.Select(i => i.Reference!.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var literal in Paragraphs(claim).SelectMany(p => p.Inline?.Descendants<LiteralInline>() ?? []))
        {
            foreach (var number in WrittenNumbers.In(literal.Content.ToString()))
            {
                if (offered.Contains(number.Key) || ServiceNumbers.Contains(number.Key) || years.Contains(number.Key))
                {
                    continue;
                }

                var cited = string.Join("; ", items.Select(i => $"{i.Id}, {i.Finding!.At}").Distinct());
                diagnostics.Report(ClaimsAreCited.NumberNotInFindings, literal.Line + 1, literal.Column + 1 + number.Index,
                    $"'{number.Written}' is in none of the findings this claim cites ({cited}); check the figure, or cite the finding that gives it");
            }
        }
    }

    /// <summary>The claim's own text: a paragraph, a list item's paragraphs (not its sub-list's), a table row's cells.</summary>
    private static IEnumerable<ParagraphBlock> Paragraphs(Block claim) => claim switch
    {
        ParagraphBlock paragraph => [paragraph],
        ListItemBlock item => item.OfType<ParagraphBlock>(),
        TableRow row => row.Descendants<ParagraphBlock>(),
        _ => [],
    };
}
