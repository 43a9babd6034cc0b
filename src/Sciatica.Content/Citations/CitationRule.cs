using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;
using Sciatica.Content.Rules.Page;

namespace Sciatica.Content.Citations;

/// <summary>
/// Each citation item names a known source and, with its locator, exactly one of that source's findings.
/// Reported at the item's own '@', so each source in a group gets its own line and column.
/// </summary>
public static class CitationRule
{
    public static void Check(MarkdownDocument document, ReferenceRegistry registry, DiagnosticBag diagnostics)
    {
        foreach (var item in document.Descendants<CitationInline>().SelectMany(c => c.Items))
        {
            if (registry.Find(item.Id) is not { } reference)
            {
                diagnostics.Report(CitationsNameFindings.UnknownReference, item.Line, item.Column, $"citation '@{item.Id}' is not in references.yaml");
            }
            else if (item.Locator is not { } locator)
            {
                diagnostics.Report(CitationsNameFindings.CitationWithoutLocator, item.Line, item.Column, WithoutLocator(reference));
            }
            else if (item.Finding is null)
            {
                diagnostics.Report(CitationsNameFindings.UnknownLocator, item.Line, item.Column, UnknownLocator(reference, locator));
            }
        }
    }

    private static string WithoutLocator(Reference reference) =>
        reference.Findings.Count > 0
            ? $"citation '@{reference.Id}' names no finding; add the place it rests on, like {reference.CitationOf(reference.Findings[0])}"
            : $"citation '@{reference.Id}' names no finding; add the place it rests on ([@{reference.Id}, p. 12]) and that finding to references.yaml";

    private static string UnknownLocator(Reference reference, string locator)
    {
        var message = $"'{locator}' is not a finding of '{reference.Id}'";
        if (reference.Findings.Count == 0)
        {
            return $"{message}, which has no findings yet: add it under the reference's 'findings:' in references.yaml";
        }

        return Locators.Closest(locator, reference.Findings) is { } closest
            ? $"{message}; did you mean '{closest.At}'?"
            : $"{message}, whose findings are {string.Join(", ", reference.Findings.Select(f => $"'{f.At}'"))}: cite one of them, or add the place you read to its 'findings:' in references.yaml";
    }
}
