using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;

namespace Sciatica.Content.Rules.Site;

/// <summary>No page is past its next-review date.</summary>
public sealed class ReviewsAreDue : ISiteRule
{
    public static readonly Rule ReviewOverdue = new(
        "SCI050", nameof(ReviewOverdue), Severity.Warning, RuleScope.Site,
        "The article is past its `next-review` date",
        "Check it; set `next-review` (and `updated` and `changes` if the text changed)");

    public IReadOnlyList<Rule> Reports { get; } = [ReviewOverdue];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site) => ReviewSchedule.Overdue(site.Readable, site.Today);
}
