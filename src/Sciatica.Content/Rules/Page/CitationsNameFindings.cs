using Sciatica.Content.Citations;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>Each citation names a reference in the registry and, with its locator, exactly one of that reference's findings.</summary>
public sealed class CitationsNameFindings : IPageRule
{
    public static readonly Rule UnknownReference = new(
        "SCI002", nameof(UnknownReference), Severity.Error, RuleScope.Page,
        "A citation names an id that is not in `references.yaml` (reported at that id's `@`)",
        "Fix the id's spelling, or add the reference to the registry");

    public static readonly Rule CitationWithoutLocator = new(
        "SCI064", nameof(CitationWithoutLocator), Severity.Error, RuleScope.Page,
        "A citation has no locator",
        "Add the finding it rests on: `[@nice-ng59, rec. 1.1.4]`");

    public static readonly Rule UnknownLocator = new(
        "SCI065", nameof(UnknownLocator), Severity.Error, RuleScope.Page,
        "A locator matches no `at` of that reference; the message suggests a close one (a slip of the keyboard), else lists the reference's findings",
        "Fix the locator, or add the finding to the reference in `references.yaml`");

    public IReadOnlyList<Rule> Reports { get; } = [UnknownReference, CitationWithoutLocator, UnknownLocator];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics) => CitationRule.Check(page.Document, page.Registry, diagnostics);
}
