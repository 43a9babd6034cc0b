using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What the editors' command line reports outside the content: a missing folder, an import file.</summary>
public static class CommandRules
{
    public static readonly Rule ContentFolderNotFound = new(
        "SCI000", nameof(ContentFolderNotFound), Severity.Error, RuleScope.Command,
        "The content folder given to a command does not exist",
        "Pass the folder that holds `articles/` and `references.yaml` with `--content`");

    public static readonly Rule ImportFileInvalid = new(
        "SCI080", nameof(ImportFileInvalid), Severity.Error, RuleScope.Command,
        "`import-references`: the export is not valid JSON, or not a CSL-JSON list of references; nothing is imported",
        "Export again as CSL JSON; the position shown is in the export file");

    public static readonly Rule ImportReferenceWithoutTitle = new(
        "SCI081", nameof(ImportReferenceWithoutTitle), Severity.Error, RuleScope.Command,
        "`import-references`: a reference in the export has no title; nothing is imported",
        "Add the title in your reference manager and export again");
}
