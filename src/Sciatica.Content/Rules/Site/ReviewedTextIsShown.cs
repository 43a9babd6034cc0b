using Sciatica.Content.Diagnostics;
using Sciatica.Content.Governance;

namespace Sciatica.Content.Rules.Site;

/// <summary>A reviewed page shows the text its clinician reviewed: its text, the blocks it places and the findings it cites.</summary>
public sealed class ReviewedTextIsShown : ISiteRule
{
    public static readonly Rule ChangedSinceReview = new(
        "SCI051", nameof(ChangedSinceReview), Severity.Warning, RuleScope.Site,
        "The page changed since its clinician's review: its text, a block it places or a finding it cites (or, for a review written by hand, `updated` is later than `reviewed`)",
        "Have the change reviewed (`sciatica review SLUG --by \"Name, role\"`); until then the page says \"changed since\"");

    public IReadOnlyList<Rule> Reports { get; } = [ChangedSinceReview];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site) =>
        site.Readable.Where(p => p.Review.Status == ReviewStatus.ChangedSinceReview)
            .Select(p => ChangedSinceReview.At(p.SourcePath, p.FrontMatter.ReviewLine, 1,
                $"changed since review on {p.Review.Review!.Date:yyyy-MM-dd}: {string.Join("; ", p.Review.ChangedSince)}; have the change reviewed (sciatica review {p.Slug} --by \"Name, role\"), and until then the page says so"));
}
