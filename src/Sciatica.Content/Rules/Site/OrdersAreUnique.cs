using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;

namespace Sciatica.Content.Rules.Site;

/// <summary>No two articles share a place in the navigation.</summary>
public sealed class OrdersAreUnique : ISiteRule
{
    public static readonly Rule DuplicateOrder = new(
        "SCI017", nameof(DuplicateOrder), Severity.Warning, RuleScope.Site,
        "Two articles share the same `order`",
        "Give one the next free number (the message says which)");

    public IReadOnlyList<Rule> Reports { get; } = [DuplicateOrder];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site) => ReviewSchedule.DuplicateOrders([.. site.Readable.Where(a => a.Kind == PageKind.Article)]);
}
