using Sciatica.Content.Codes;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Rules.Site;

/// <summary>Front matter codes against <c>codes.yaml</c>: every declared code is listed there, and every listed code is on a page.</summary>
public sealed class CodesAreListed : ISiteRule
{
    public static readonly Rule UnknownDiagnosisCode = new(
        "SCI095", nameof(UnknownDiagnosisCode), Severity.Error, RuleScope.Site,
        "A page declares a diagnosis code that `codes.yaml` does not list",
        "Add it to `codes.yaml` with its display name, edition and the official list's address, or fix the code");

    public static readonly Rule UnusedDiagnosisCode = new(
        "SCI096", nameof(UnusedDiagnosisCode), Severity.Warning, RuleScope.Site,
        "A code in `codes.yaml` is declared by no page",
        "Declare it in the front matter (`codes:`) of the pages about it, or delete it");

    public IReadOnlyList<Rule> Reports { get; } = [UnknownDiagnosisCode, UnusedDiagnosisCode];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site)
    {
        var pages = site.Readable;
        foreach (var page in pages)
        {
            foreach (var declared in page.FrontMatter.Codes.Where(d => site.Codes.Find(d.System, d.Code) is null))
            {
                yield return UnknownDiagnosisCode.At(page.SourcePath, declared.Line, declared.Column,
                    $"{declared} is not in {CodeList.File}; add it there with its display name, edition and the official list's address, or fix the code");
            }
        }

        var used = pages.SelectMany(p => p.FrontMatter.Codes).Select(d => (d.System, Key: d.System.Key(d.Code))).ToHashSet();
        foreach (var code in site.Codes.All.Where(c => !used.Contains((c.System, c.Key))))
        {
            yield return UnusedDiagnosisCode.At(site.CodesPath, code.Line, code.Column,
                $"{code} ({code.Display}) is on no page; declare it in the front matter of the pages about it, or delete it");
        }
    }
}
