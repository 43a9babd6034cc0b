using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Rules.Site;

/// <summary>Every reference, and every finding of a cited reference, is cited somewhere: the registry holds what the site uses.</summary>
public sealed class ReferencesAreCited : ISiteRule
{
    public static readonly Rule UncitedReference = new(
        "SCI024", nameof(UncitedReference), Severity.Warning, RuleScope.Site,
        "A reference is not cited by any article",
        "Cite it or delete it");

    public static readonly Rule UncitedFinding = new(
        "SCI063", nameof(UncitedFinding), Severity.Warning, RuleScope.Site,
        "A finding is cited by no article",
        "Cite it (`[@id, at]`) or delete it");

    public IReadOnlyList<Rule> Reports { get; } = [UncitedReference, UncitedFinding];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site)
    {
        var pages = site.Readable;
        var cited = pages.SelectMany(a => a.References).Select(r => r.Reference.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var reference in site.Registry.All.Where(r => !cited.Contains(r.Id)))
        {
            yield return UncitedReference.At(site.RegistryPath, reference.Line, reference.Column, $"reference '{reference.Id}' is not cited by any article");
        }

        var citedFindings = pages.SelectMany(a => a.Citations).Select(c => c.Finding).OfType<Finding>().ToHashSet();
        foreach (var reference in site.Registry.All.Where(r => cited.Contains(r.Id)))
        {
            foreach (var finding in reference.Findings.Where(f => !citedFindings.Contains(f)))
            {
                yield return UncitedFinding.At(site.RegistryPath, finding.Line, finding.Column,
                    $"finding '{finding.At}' of '{reference.Id}' is not cited by any article; cite it as {reference.CitationOf(finding)} or delete it");
            }
        }
    }
}
