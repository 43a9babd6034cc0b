using Sciatica.Content.Articles;

namespace Sciatica.Content.Governance;

public enum ReviewStatus
{
    /// <summary>No clinician has reviewed the page.</summary>
    NotReviewed,

    /// <summary>The page shows exactly what its reviewer signed off (or a review recorded without a fingerprint).</summary>
    Reviewed,

    /// <summary>Reviewed, but its text, a block it places or a finding it cites has changed since.</summary>
    ChangedSinceReview,
}

/// <summary>Where a page stands against its clinician's review: the one answer the header, the About table, JSON-LD, the link service and <c>check</c> share.</summary>
/// <param name="Current">What the page shows now, part by part: what <c>sciatica review</c> records.</param>
public sealed record ReviewState(ClinicalReview? Review, IReadOnlyList<string> ChangedSince, ReviewFingerprint Current)
{
    /// <summary>
    /// A review recorded by <c>sciatica review</c> is compared part by part; one written by hand (no fingerprint) can
    /// only be compared by date, so text <c>updated</c> after it counts as changed.
    /// </summary>
    public static ReviewState Of(FrontMatter front, ReviewFingerprint current) => new(front.Review, front.Review switch
    {
        { Fingerprint: { } reviewed } => current.ChangesSince(reviewed),
        { } review when front.Updated > review.Date => [ReviewFingerprint.Describe(ReviewFingerprint.TextPart)],
        _ => [],
    }, current);

    public ReviewStatus Status =>
        Review is null ? ReviewStatus.NotReviewed : ChangedSince.Count > 0 ? ReviewStatus.ChangedSinceReview : ReviewStatus.Reviewed;

    /// <summary>Only a review of the text readers see may be claimed (JSON-LD's <c>lastReviewed</c>).</summary>
    public ClinicalReview? CurrentReview => Status == ReviewStatus.Reviewed ? Review : null;

    /// <summary>A token for machines (the link service's category term).</summary>
    public string Term => Status switch
    {
        ReviewStatus.Reviewed => "reviewed",
        ReviewStatus.ChangedSinceReview => "changed-since-review",
        _ => "not-reviewed",
    };

    /// <summary>The one plain wording, for machine-readable answers (pages render the same with their own date format).</summary>
    public string Sentence => Review is null
        ? "Not yet reviewed by a clinician"
        : $"Reviewed by {Review.By} on {Review.Date:d MMMM yyyy}" + (ChangedSince.Count > 0 ? $" · changed since: {string.Join(", ", ChangedSince)}" : "");
}
