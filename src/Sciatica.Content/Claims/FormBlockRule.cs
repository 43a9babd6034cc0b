using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rendering.DecisionAids;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Claims;

/// <summary>A form block (or an understanding check) the reader could not use: no statements or answers to tick, or no question.</summary>
public static class FormBlockRule
{
    public static void Check(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        foreach (var container in document.Descendants<CustomContainer>().Where(c => DecisionAidBlocks.IsForm(c.Info) || c.Info == DecisionAidBlocks.Answer))
        {
            var needsItems = container.Info is not (DecisionAidBlocks.Write or DecisionAidBlocks.Answer);
            if (string.IsNullOrWhiteSpace(container.Arguments))
            {
                diagnostics.Report(FormBlocksAreUsable.BadFormBlock, container.Line + 1, container.Column + 1,
                    $"'::: {container.Info}' needs its question on the same line, for example '::: {container.Info} Which way are you leaning?'");
            }
            else if (needsItems && HtmlFormBlockRenderer.Items(container).Count == 0)
            {
                diagnostics.Report(FormBlocksAreUsable.BadFormBlock, container.Line + 1, container.Column + 1,
                    $"'::: {container.Info}' has nothing to tick: write each {(container.Info == DecisionAidBlocks.Scale ? "statement" : "answer")} as a list item");
            }
        }
    }
}
