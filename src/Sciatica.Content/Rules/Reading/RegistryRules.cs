using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What reading <c>references.yaml</c> reports.</summary>
public static class RegistryRules
{
    public static readonly Rule RegistryUnreadable = new(
        "SCI020", nameof(RegistryUnreadable), Severity.Error, RuleScope.Reading,
        "`references.yaml` is missing, unreadable or not a `references:` list",
        "Restore the file; check the YAML at the line shown");

    public static readonly Rule ReferenceIncomplete = new(
        "SCI021", nameof(ReferenceIncomplete), Severity.Error, RuleScope.Reading,
        "A reference in the registry lacks a required field or has a bad id",
        "Add `id`, `type`, `title`, `issued` and one of `DOI`/`PMID`/`URL`");

    public static readonly Rule DuplicateReferenceId = new(
        "SCI022", nameof(DuplicateReferenceId), Severity.Error, RuleScope.Reading,
        "Two references share an id",
        "Rename one and update its citations");

    public static readonly Rule UnknownEvidence = new(
        "SCI023", nameof(UnknownEvidence), Severity.Error, RuleScope.Reading,
        "A reference's `evidence` is missing or not a known type",
        "Use one of the types in the evidence table");

    public static readonly Rule BadDoi = new(
        "SCI025", nameof(BadDoi), Severity.Error, RuleScope.Reading,
        "A `DOI` is not shaped like a DOI",
        "Write it bare: `10.1056/NEJMra1410151`");

    public static readonly Rule BadPmid = new(
        "SCI026", nameof(BadPmid), Severity.Error, RuleScope.Reading,
        "A `PMID` is not 1 to 8 digits",
        "Copy the number from PubMed, digits only");

    public static readonly Rule BadUrl = new(
        "SCI027", nameof(BadUrl), Severity.Error, RuleScope.Reading,
        "A `URL` is not a full http(s) address",
        "Write `https://…` with the full host name");

    public static readonly Rule ReferenceNotRead = new(
        "SCI060", nameof(ReferenceNotRead), Severity.Error, RuleScope.Reading,
        "A reference has no `read`",
        "Add one line saying what of the reference you read (see \"Findings\")");

    public static readonly Rule IncompleteFinding = new(
        "SCI061", nameof(IncompleteFinding), Severity.Error, RuleScope.Reading,
        "A finding has an empty `says` or no `at`, or `findings` is not a list",
        "Write what the reference says there, in your own words; name the place in `at`");

    public static readonly Rule DuplicateFinding = new(
        "SCI062", nameof(DuplicateFinding), Severity.Error, RuleScope.Reading,
        "Two findings of one reference have the same `at` (ignoring case and repeated spaces)",
        "Merge them, or name each place more exactly (`table 2`, `table 3`)");

    public static readonly Rule BadAccessedDate = new(
        "SCI029", nameof(BadAccessedDate), Severity.Error, RuleScope.Reading,
        "A reference's `accessed` is not a whole date",
        "Write the day the stored copy was read: `accessed: {date-parts: [[2026, 12, 1]]}`");
}
