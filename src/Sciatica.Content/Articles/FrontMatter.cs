using Sciatica.Content.Codes;
using Sciatica.Content.Governance;

namespace Sciatica.Content.Articles;

/// <summary>An article's YAML front matter, validated.</summary>
public sealed record FrontMatter
{
    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>The place in the menu; null only on the About page (<see cref="PageKind.About"/>), which is not in it.</summary>
    public int? Order { get; init; }

    /// <summary>When the text last changed in substance.</summary>
    public required DateOnly Updated { get; init; }
    public required DateOnly NextReview { get; init; }

    /// <summary>A clinician's review, only when one happened; the page then says who reviewed it and when.</summary>
    public ClinicalReview? Review { get; init; }
    public bool Draft { get; init; }
    public string? Changes { get; init; }

    /// <summary>The diagnosis codes the page is about (<c>codes:</c>, by system), each listed in <c>codes.yaml</c>.</summary>
    public IReadOnlyList<DeclaredCode> Codes { get; init; } = [];

    /// <summary>File lines of <c>order</c> and <c>next-review</c>, so checks across articles can point at them.</summary>
    public int OrderLine { get; init; }
    public int NextReviewLine { get; init; }

    /// <summary>File line of <c>reviewed</c> (0 without a review), where "changed since review" is reported.</summary>
    public int ReviewLine { get; init; }
}

/// <summary>
/// A review by a named clinician: <c>reviewed</c> (the date) and <c>reviewed-by</c> ("name, role"), always together.
/// </summary>
/// <param name="Fingerprint">What was reviewed, part by part, when the review was recorded with <c>sciatica review</c>.</param>
public sealed record ClinicalReview(DateOnly Date, string By, ReviewFingerprint? Fingerprint = null)
{
    /// <summary>The reviewer's name: what <c>reviewed-by</c> says before its first comma.</summary>
    public string Name => By[..By.IndexOf(',', StringComparison.Ordinal)].Trim();

    /// <summary>The reviewer's role: what <c>reviewed-by</c> says after its first comma.</summary>
    public string Role => By[(By.IndexOf(',', StringComparison.Ordinal) + 1)..].Trim();
}
