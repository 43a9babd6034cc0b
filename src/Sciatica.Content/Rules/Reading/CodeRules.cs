using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Reading;

/// <summary>What reading diagnosis codes reports: <c>codes.yaml</c> and the <c>codes:</c> of front matter.</summary>
public static class CodeRules
{
    public static readonly Rule BadDiagnosisCode = new(
        "SCI097", nameof(BadDiagnosisCode), Severity.Error, RuleScope.Reading,
        "A diagnosis code is not shaped like a code of its system, or `codes.yaml` is not a list of complete code entries",
        "Copy the code as the official list prints it; each entry needs `system`, `code`, `display`, `edition` and `source`");
}
