using Sciatica.Content.Articles;
using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>Every claim of an article is cited, by more than a commercial source, and writes only figures its findings give.</summary>
public sealed class ClaimsAreCited : IPageRule
{
    public static readonly Rule ClaimWithoutCitation = new(
        "SCI001", nameof(ClaimWithoutCitation), Severity.Error, RuleScope.Page,
        "A paragraph, list item or table row of an article makes a claim without a citation (never on the About page, see \"The About page\")",
        "Add `[@id, at]`; if it is only framing, move it into a `::: note`");

    public static readonly Rule CommercialOnlyClaim = new(
        "SCI003", nameof(CommercialOnlyClaim), Severity.Error, RuleScope.Page,
        "A claim is supported only by commercial references",
        "Cite an independent source (guideline, review…) as well, or drop the claim");

    public static readonly Rule NumberNotInFindings = new(
        "SCI066", nameof(NumberNotInFindings), Severity.Warning, RuleScope.Page,
        "A claim writes a figure that none of the findings it cites gives (see \"Figures must come from the finding\")",
        "Check the figure against the reference; cite the finding that gives it, or fix the `says`");

    public IReadOnlyList<Rule> Reports { get; } = [ClaimWithoutCitation, CommercialOnlyClaim, NumberNotInFindings];

    /// <summary>The About page's framing text needs no citation; an article's claims always do.</summary>
    public void Check(PageUnderCheck page, DiagnosticBag diagnostics) =>
        ClaimRule.Check(page.Document, page.Registry, diagnostics, page.Claims, citationsRequired: page.Kind == PageKind.Article);
}
