using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Claims;

/// <summary>
/// Equal detail for every option (IPDAS): in an option grid every option answers every question, and each answer
/// cites its own finding (a row's citation does not cover the cells that have none).
/// </summary>
public static class OptionGridRule
{
    public static void Check(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == DecisionAidBlocks.OptionGrid))
        {
            if (OptionGrid.Read(container) is not { } grid || grid.Options.Count == 0 || grid.Options.Any(o => o.Length == 0))
            {
                diagnostics.Report(OptionGridsAreComplete.OptionGridMissingAnswer, container.Line + 1, container.Column + 1,
                    "an option grid holds one table: a header row naming each option after an empty first cell, then one row per question");
                continue;
            }

            foreach (var row in grid.Rows)
            {
                var question = row.Count > 0 ? Text((TableCell)row[0]) : "";
                for (var option = 0; option < grid.Options.Count; option++)
                {
                    var cell = OptionGrid.Cell(row, option);
                    // Markdig pads a short row with cells that have no place in the file; those are reported at their row.
                    Block where = cell is { Line: > 0 } ? cell : row;
                    if (cell is null || Text(cell).Length == 0)
                    {
                        diagnostics.Report(OptionGridsAreComplete.OptionGridMissingAnswer, where.Line + 1, where.Column + 1,
                            $"'{question}' has no answer for '{grid.Options[option]}'; every option answers every question (write what is not known, and cite that)");
                    }
                    else if (!CitationsIn.Block(cell).Any())
                    {
                        diagnostics.Report(OptionGridsAreComplete.OptionGridUncitedAnswer, where.Line + 1, where.Column + 1,
                            $"the answer for '{grid.Options[option]}' to '{question}' cites nothing; cite the finding it rests on in the cell");
                    }
                }
            }
        }
    }

    private static string Text(TableCell cell) =>
        string.Concat(cell.OfType<ParagraphBlock>().SelectMany(p => p.Inline?.Descendants<LiteralInline>() ?? []).Select(l => l.Content.ToString())).Trim();
}
