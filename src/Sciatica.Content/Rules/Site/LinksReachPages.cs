using Sciatica.Content.Diagnostics;
using Sciatica.Content.Links;

namespace Sciatica.Content.Rules.Site;

/// <summary>Every link between pages reaches a page readers can see, and its #anchor an id on that page.</summary>
public sealed class LinksReachPages : ISiteRule
{
    public static readonly Rule BrokenLink = new(
        "SCI031", nameof(BrokenLink), Severity.Error, RuleScope.Site,
        "A link to a page of this site goes nowhere, or from a published page to a draft",
        "Fix the slug (`/red-flags`), or publish the target first");

    public static readonly Rule BrokenAnchor = new(
        "SCI032", nameof(BrokenAnchor), Severity.Error, RuleScope.Site,
        "A link's `#anchor` names no heading on the target page (or no reference on `/references`)",
        "Copy the id from the heading (see \"Links between pages\")");

    public IReadOnlyList<Rule> Reports { get; } = [BrokenLink, BrokenAnchor];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site) => LinkRule.Check(site.Files, site.Registry);
}
