using Sciatica.Content.Claims;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Page;

/// <summary>An icon array draws one figure out of 100 for a named group, and that figure is what its one cited finding gives.</summary>
public sealed class IconArraysAreHonest : IPageRule
{
    public static readonly Rule BadIconArray = new(
        "SCI090", nameof(BadIconArray), Severity.Error, RuleScope.Page,
        "An icon array cannot be drawn honestly: no group, \"people like you\", not exactly one `N in 100` figure, a range, not out of 100, or more than one finding cited",
        "Name the group after `icon-array`; write one figure as `N in 100` and cite the one finding that gives it; put ranges in words");

    public static readonly Rule IconArrayNotInFinding = new(
        "SCI091", nameof(IconArrayNotInFinding), Severity.Error, RuleScope.Page,
        "An icon array's count is not a figure its finding gives",
        "Draw the figure the finding gives, or fix the finding's `says` after reading the source");

    public IReadOnlyList<Rule> Reports { get; } = [BadIconArray, IconArrayNotInFinding, ClaimsAreCited.NumberNotInFindings];

    public void Check(PageUnderCheck page, DiagnosticBag diagnostics) => IconArrayRule.Check(page.Document, diagnostics);
}
