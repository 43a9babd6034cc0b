using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What reading <c>synonyms.yaml</c> reports; a bad entry is left out and the rest of the file still works.</summary>
public static class SynonymRules
{
    public static readonly Rule SynonymsInvalid = new(
        "SCI110", nameof(SynonymsInvalid), Severity.Error, RuleScope.Reading,
        "`synonyms.yaml` is not a list of groups, a group has fewer than two entries, or an entry is not a word or phrase (or only filler words such as \"the\")",
        "Write each group as `- [word, word, …]` with two or more entries");

    public static readonly Rule DuplicateSynonym = new(
        "SCI111", nameof(DuplicateSynonym), Severity.Error, RuleScope.Reading,
        "An entry of `synonyms.yaml` is already in the file, in the same or another form",
        "Keep one; put it in the one group where it belongs");
}
