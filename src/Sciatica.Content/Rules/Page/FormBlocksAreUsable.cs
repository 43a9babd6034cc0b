using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>A form block asks a question and gives the reader something to tick or write.</summary>
public sealed class FormBlocksAreUsable : IPageRule
{
    public static readonly Rule BadFormBlock = new(
        "SCI094", nameof(BadFormBlock), Severity.Error, RuleScope.Page,
        "A form block (`scale`, `choose-one`, `choose-any`, `write`) has no question, or nothing to tick",
        "Write the question after the block's name, and each statement or answer as a list item");

    public IReadOnlyList<Rule> Reports { get; } = [BadFormBlock];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics) => FormBlockRule.Check(page.Document, diagnostics);
}
