using Markdig.Syntax;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Citations;

/// <summary>
/// Each citation item names a known source. Reported at the item's own '@', so each source in a group
/// gets its own line and column.
/// </summary>
public static class CitationRule
{
    public static void Check(MarkdownDocument document, ReferenceRegistry registry, DiagnosticBag diagnostics)
    {
        foreach (var item in document.Descendants<CitationInline>().SelectMany(c => c.Items))
        {
            if (registry.Find(item.Id) is null)
            {
                diagnostics.Error(item.Line, item.Column, DiagnosticCodes.UnknownReference, $"citation '@{item.Id}' is not in references.yaml");
            }
        }
    }
}
