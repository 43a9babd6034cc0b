using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sciatica.Cli.Import;

/// <summary>What happened to one work of the export: added under an id, or skipped because the registry has it.</summary>
public sealed record ImportOutcome(CslWork Work, string Id, string? SkippedBecause);

/// <summary>
/// Decides, for each work, whether the registry already has it (same DOI, ignoring case, same PMID, or same id)
/// and which id a new one gets: its own when it follows the registry's style (<c>koes-2007</c>), else the first
/// author's family name and the year, with a letter when that id is taken (<c>koes-2007b</c>).
/// </summary>
public static partial class ReferenceImport
{
    [GeneratedRegex("^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex HouseStyleId();

    public static List<ImportOutcome> Plan(IReadOnlyList<CslWork> works, IReadOnlyList<RegistryFile.Entry> existing)
    {
        var known = existing.ToList();
        var outcomes = new List<ImportOutcome>();
        foreach (var work in works)
        {
            if (Match(work, known) is { } reason)
            {
                outcomes.Add(new ImportOutcome(work, reason.Id, reason.Why));
                continue;
            }

            var id = NewId(work, known);
            known.Add(new RegistryFile.Entry(id, work.Doi, work.Pmid));
            outcomes.Add(new ImportOutcome(work, id, null));
        }

        return outcomes;
    }

    private static (string Id, string Why)? Match(CslWork work, List<RegistryFile.Entry> known)
    {
        foreach (var entry in known)
        {
            var why = work.Doi is not null && string.Equals(work.Doi, entry.Doi, StringComparison.OrdinalIgnoreCase) ? $"same DOI {work.Doi}"
                : work.Pmid is not null && work.Pmid == entry.Pmid ? $"same PMID {work.Pmid}"
                : work.Id is not null && string.Equals(work.Id, entry.Id, StringComparison.OrdinalIgnoreCase) ? "same id"
                : null;
            if (why is not null)
            {
                return (entry.Id ?? "?", why);
            }
        }

        return null;
    }

    private static string NewId(CslWork work, List<RegistryFile.Entry> known)
    {
        bool Taken(string id) => known.Exists(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));
        if (work.Id is { } own && HouseStyleId().IsMatch(own) && !Taken(own))
        {
            return own;
        }

        var year = work.Issued.Count > 0 ? "-" + work.Issued[0].ToString(CultureInfo.InvariantCulture) : "";
        var stem = Slug(NameFor(work)) + year;
        var id = stem;
        for (var letter = 'b'; Taken(id); letter++)
        {
            id = stem + letter;
        }

        return id;
    }

    /// <summary>The first author's family name, an organisation's initials ("nice"), else the title's first word.</summary>
    private static string NameFor(CslWork work)
    {
        var first = work.Authors.Count > 0 ? work.Authors[0] : null;
        if (first?.Family is { } family)
        {
            return family;
        }

        if (first?.Literal is { } organisation)
        {
            return string.Concat(organisation.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));
        }

        return work.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
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
        return slug.Length == 0 ? "work" : slug;
    }
}
