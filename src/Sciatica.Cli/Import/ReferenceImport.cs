using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sciatica.Cli.Import;

/// <summary>What happened to one reference of the export: added under an id, or skipped because the registry has it.</summary>
public sealed record ImportOutcome(ImportedReference Reference, string Id, string? SkippedBecause);

/// <summary>
/// Decides, for each reference, whether the registry already has it (same DOI, ignoring case, same PMID, same id, or
/// same URL as <see cref="WebAddress.Same"/> compares them) and which id a new one gets: its own when it follows the
/// registry's style (<c>koes-2007</c>, not a reference manager's <c>koes2007</c>), else the first author's family name (or the publisher's, journal's or
/// website's name when no author is given) and the year, with a letter when that id is taken (<c>koes-2007b</c>).
/// </summary>
public static partial class ReferenceImport
{
    /// <summary>Lower-case words joined by hyphens (<c>koes-2007</c>, <c>nice-ng59</c>); a reference manager's <c>bailey2020</c> is not.</summary>
    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")]
    private static partial Regex HouseStyleId();

    public static List<ImportOutcome> Plan(IReadOnlyList<ImportedReference> references, IReadOnlyList<RegistryFile.ListedReference> existing)
    {
        var known = existing.ToList();
        var outcomes = new List<ImportOutcome>();
        foreach (var reference in references)
        {
            if (Match(reference, known) is { } reason)
            {
                outcomes.Add(new ImportOutcome(reference, reason.Id, reason.Why));
                continue;
            }

            var id = NewId(reference, known);
            known.Add(new RegistryFile.ListedReference(id, reference.Doi, reference.Pmid, reference.Url));
            outcomes.Add(new ImportOutcome(reference, id, null));
        }

        return outcomes;
    }

    private static (string Id, string Why)? Match(ImportedReference reference, List<RegistryFile.ListedReference> known)
    {
        foreach (var listed in known)
        {
            var why = reference.Doi is not null && string.Equals(reference.Doi, listed.Doi, StringComparison.OrdinalIgnoreCase) ? $"same DOI {reference.Doi}"
                : reference.Pmid is not null && reference.Pmid == listed.Pmid ? $"same PMID {reference.Pmid}"
                : reference.Id is not null && string.Equals(reference.Id, listed.Id, StringComparison.OrdinalIgnoreCase) ? "same id"
                : reference.Url is not null && WebAddress.Same(reference.Url, listed.Url) ? $"same URL {reference.Url}"
                : null;
            if (why is not null)
            {
                return (listed.Id ?? "?", why);
            }
        }

        return null;
    }

    private static string NewId(ImportedReference reference, List<RegistryFile.ListedReference> known)
    {
        bool Taken(string id) => known.Exists(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));
        if (reference.Id is { } own && HouseStyleId().IsMatch(own) && !Taken(own))
        {
            return own;
        }

        var year = reference.Issued.Count > 0 ? "-" + reference.Issued[0].ToString(CultureInfo.InvariantCulture) : "";
        var stem = Slug(NameFor(reference)) + year;
        var id = stem;
        for (var letter = 'b'; Taken(id); letter++)
        {
            id = stem + letter;
        }

        return id;
    }

    /// <summary>
    /// The first author's family name, an organisation's name ("nice", "nihce" for a long one), else the publisher's
    /// or the journal's or website's (a guideline or web page often names no author), else the title's first word
    /// that is not "a", "an" or "the".
    /// </summary>
    private static string NameFor(ImportedReference reference)
    {
        var first = reference.Authors.Count > 0 ? reference.Authors[0] : null;
        if (first?.Family is { } family)
        {
            return family;
        }

        if ((first?.Literal ?? reference.Publisher ?? reference.ContainerTitle) is { } organisation)
        {
            return Organisation(organisation);
        }

        var words = reference.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.FirstOrDefault(w => !SmallWords.Contains(w)) ?? words[0];
    }

    private static readonly HashSet<string> SmallWords = new(["a", "an", "the"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A one-word name whole ("NICE", "Cochrane"), a longer one by its capitals' initials ("National Institute for Health and Care Excellence" is "NIHCE").</summary>
    private static string Organisation(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !SmallWords.Contains(w)).ToList();
        var initials = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        return words.Count > 1 && initials.Length > 1 ? initials : words.FirstOrDefault() ?? name;
    }

    /// <summary>Latin letters with accents, and what they become in an id (the site runs without ICU, so no Unicode normalisation).</summary>
    private const string Accented = "àáâãäåāăąçćčďèéêëēęěìíîïīłńñňòóôõöøōőřśšşťùúûüūůűýÿźżž";
    private const string Plain = "aaaaaaaaacccdeeeeeeeiiiiilnnnoooooooorssstuuuuuuuyyzzz";

    /// <summary>Lower-case ASCII letters and digits joined by hyphens: "van Tulder" becomes "van-tulder", "Müller" "muller".</summary>
    private static string Slug(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            if (char.IsAsciiLetterOrDigit(c) || accented >= 0)
            {
                text.Append(accented >= 0 ? Plain[accented] : c);
            }
            else if (c == 'ß')
            {
                text.Append("ss");
            }
            else if (text.Length > 0 && text[^1] != '-')
            {
                text.Append('-');
            }
        }

        var slug = text.ToString().Trim('-');
        return slug.Length == 0 ? "reference" : slug;
    }
}
