using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Claims;

/// <summary>
/// A picture of a number is a claim drawn large, so it is held to more than a sentence: it draws one point estimate,
/// out of 100, for a named group, and the finding it cites must give that figure (the count is recomputed from the finding).
/// </summary>
public static class IconArrayRule
{
    public static void Check(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>().Where(c => c.Info == DecisionAidBlocks.IconArray))
        {
            var (array, problem, line, column) = IconArray.Read(container);
            if (array is null)
            {
                diagnostics.Report(IconArraysAreHonest.BadIconArray, line + 1, column + 1, problem!);
                continue;
            }

            // No citation, or one naming no finding, is reported by the claim and citation rules.
            var items = CitationsIn.Block(container).SelectMany(c => c.Items).ToList();
            if (items.Count == 0 || items.Any(i => i.Finding is null))
            {
                continue;
            }

            var findings = items.Select(i => (i.Id, i.Finding!)).Distinct().ToList();
            if (findings.Count != 1)
            {
                diagnostics.Report(IconArraysAreHonest.BadIconArray, container.Line + 1, container.Column + 1,
                    $"an icon array draws one finding's figure, but this one cites {findings.Count}; cite only the finding that gives '{array.Figure.Written}'");
                continue;
            }

            var (id, finding) = findings[0];
            var given = WrittenNumbers.KeysIn(finding.Says);
            if (!given.Contains(array.Figure.Key))
            {
                var figures = string.Join(", ", WrittenNumbers.In(finding.Says).Select(n => $"'{n.Written}'"));
                diagnostics.Report(IconArraysAreHonest.IconArrayNotInFinding, array.Where.Line + 1, array.Where.Column + 1 + array.Figure.Index,
                    $"the picture draws '{array.Figure.Written}' ({array.Figure.Key}), but {id}, {finding.At} gives {(figures.Length == 0 ? "no figure" : figures)}; draw the figure the finding gives");
            }

            foreach (var number in WrittenNumbers.In(array.Group).Where(n => !given.Contains(n.Key)))
            {
                // The group follows '::: icon-array ' on the block's first line.
                var groupColumn = container.Column + 1 + $"::: {DecisionAidBlocks.IconArray} ".Length + number.Index;
                diagnostics.Report(ClaimsAreCited.NumberNotInFindings, container.Line + 1, groupColumn,
                    $"'{number.Written}' in the picture's group is not in {id}, {finding.At}; name the group as the finding does");
            }
        }
    }
}
