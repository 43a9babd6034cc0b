using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;

namespace Sciatica.Content.Codes;

/// <summary>Front matter codes against <c>codes.yaml</c>: every declared code is listed there, and every listed code is on a page.</summary>
public static class CodeRule
{
    public static IEnumerable<Diagnostic> Check(IReadOnlyList<Article> pages, CodeList codes, string codesPath)
    {
        foreach (var page in pages)
        {
            foreach (var declared in page.FrontMatter.Codes.Where(d => codes.Find(d.System, d.Code) is null))
            {
                yield return new Diagnostic(page.SourcePath, declared.Line, declared.Column, Severity.Error, DiagnosticCodes.UnknownDiagnosisCode,
                    $"{declared} is not in {CodeList.File}; add it there with its display name, edition and the official list's address, or fix the code");
            }
        }

        var used = pages.SelectMany(p => p.FrontMatter.Codes).Select(d => (d.System, Key: d.System.Key(d.Code))).ToHashSet();
        foreach (var code in codes.All.Where(c => !used.Contains((c.System, c.Key))))
        {
            yield return new Diagnostic(codesPath, code.Line, code.Column, Severity.Warning, DiagnosticCodes.UnusedDiagnosisCode,
                $"{code} ({code.Display}) is on no page; declare it in the front matter of the pages about it, or delete it");
        }
    }
}
