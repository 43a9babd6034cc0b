using Sciatica.Content.Articles;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Rules.Site;

/// <summary>
/// The evidence a page cites was read again within the page's review cycle, and is not a version the registry
/// records as superseded: a guideline update is one registry edit (<c>superseded-by</c>) that flags every page citing the old one.
/// </summary>
public sealed class EvidenceIsCurrent : ISiteRule
{
    public static readonly Rule EvidenceNotRechecked = new(
        "SCI053", nameof(EvidenceNotRechecked), Severity.Warning, RuleScope.Site,
        "A cited reference has no `accessed`, or its stored copy was last read longer ago than the review cycle (`next-review` minus `updated`) of a page citing it",
        "Read the source again (a newer version too, if there is one), update its findings, and set `accessed` to the day you read it");

    public static readonly Rule SupersededReferenceCited = new(
        "SCI054", nameof(SupersededReferenceCited), Severity.Warning, RuleScope.Site,
        "A page cites a reference the registry records as superseded (`superseded-by`), or `superseded-by` names no reference",
        "Read the newer version, cite its findings instead, and drop the old one once no page cites it");

    public IReadOnlyList<Rule> Reports { get; } = [EvidenceNotRechecked, SupersededReferenceCited];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site)
    {
        var pages = site.Readable;
        foreach (var reference in site.Registry.All)
        {
            var citing = pages.Where(p => p.References.Any(r => r.Reference.Id == reference.Id)).ToList();
            if (citing.Count > 0 && Overdue(reference, citing, site.Today) is { } message)
            {
                yield return EvidenceNotRechecked.At(site.RegistryPath, reference.Line, reference.Column, message);
            }

            if (reference.SupersededBy is { } newer && site.Registry.Find(newer) is null)
            {
                yield return SupersededReferenceCited.At(site.RegistryPath, reference.Line, reference.Column,
                    $"'{reference.Id}' is superseded by '{newer}', which is not in the registry; add the newer version first");
            }
        }

        foreach (var page in pages)
        {
            foreach (var cited in page.References.Where(r => r.Reference.SupersededBy is not null))
            {
                yield return SupersededReferenceCited.At(page.SourcePath, 1, 1,
                    $"'{page.Title}' cites '{cited.Reference.Id}', which the registry records as superseded by '{cited.Reference.SupersededBy}'; check what the newer version says and cite it instead");
            }
        }
    }

    /// <summary>Measured against the shortest review cycle among the pages citing the reference.</summary>
    private static string? Overdue(Reference reference, IReadOnlyList<Article> citing, DateOnly today)
    {
        var names = string.Join(", ", citing.Select(p => $"'{p.Title}'"));
        if (reference.Accessed is not { } accessed)
        {
            return $"'{reference.Id}' has no 'accessed' (the day its stored copy was read), so nobody can tell how current it is; cited by {names}";
        }

        var strictest = citing.MinBy(p => p.FrontMatter.NextReview.DayNumber - p.FrontMatter.Updated.DayNumber)!;
        var cycle = strictest.FrontMatter.NextReview.DayNumber - strictest.FrontMatter.Updated.DayNumber;
        var age = today.DayNumber - accessed.DayNumber;
        return age > cycle
            ? $"'{reference.Id}' was last read on {accessed:yyyy-MM-dd}, {age} days ago, longer than the {cycle}-day review cycle of '{strictest.Title}'; read it again and set 'accessed' (cited by {names})"
            : null;
    }
}
