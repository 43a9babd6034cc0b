using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What the front matter reader reports.</summary>
public static class FrontMatterRules
{
    public static readonly Rule InvalidFrontMatter = new(
        "SCI011", nameof(InvalidFrontMatter), Severity.Error, RuleScope.Reading,
        "No front matter, or its YAML is invalid",
        "Start the file with `---`, the fields, `---`; check quotes and colons at the line shown");

    public static readonly Rule MissingFrontMatterField = new(
        "SCI012", nameof(MissingFrontMatterField), Severity.Error, RuleScope.Reading,
        "A required front matter field is missing",
        "Add it (see the front matter table)");

    public static readonly Rule BadFrontMatterValue = new(
        "SCI013", nameof(BadFrontMatterValue), Severity.Error, RuleScope.Reading,
        "A front matter value is the wrong kind or too long",
        "Dates `YYYY-MM-DD`, `order` a whole number, `draft` true/false, text within the limits");

    public static readonly Rule UnknownFrontMatterKey = new(
        "SCI014", nameof(UnknownFrontMatterKey), Severity.Warning, RuleScope.Reading,
        "An unknown front matter key",
        "Fix the typo (e.g. `next_review` → `next-review`) or remove it");

    public static readonly Rule ReviewDatesOutOfOrder = new(
        "SCI015", nameof(ReviewDatesOutOfOrder), Severity.Error, RuleScope.Reading,
        "`next-review` is not after `updated`",
        "Set `next-review` later than `updated`");

    public static readonly Rule HalfAReview = new(
        "SCI019", nameof(HalfAReview), Severity.Error, RuleScope.Reading,
        "`reviewed` without `reviewed-by`, or the reverse",
        "Both, for a review that happened; if no clinician reviewed the page, the date is `updated`");
}
