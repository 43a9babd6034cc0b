using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sciatica.Web.CiteThisPage;

/// <summary>A download format for a page's citation, served at <c>/{slug}/cite.{Extension}</c>.</summary>
public sealed record PageCitationFile(string Extension, string Label, string MediaType, Func<PageCitation, string> Render)
{
    public static readonly PageCitationFile Ris = new("ris", "RIS", "application/x-research-info-systems", RisText);

    public static readonly PageCitationFile BibTex = new("bib", "BibTeX", "application/x-bibtex", BibTexText);

    public static readonly PageCitationFile CslJson = new("json", "CSL-JSON", "application/vnd.citationstyles.csl+json", CslJsonText);

    /// <summary>In the order the page offers them: RIS first, which every reference manager imports.</summary>
    public static readonly IReadOnlyList<PageCitationFile> All = [Ris, BibTex, CslJson];

    public string PathFor(string slug) => $"/{slug}/cite.{Extension}";

    public string FileNameFor(PageCitation citation) => $"{citation.Key}.{Extension}";

    // All three formats name the site as the page's author (an organisation: one literal name, never split into
    // given and family names) and its publisher, and give the full date, so a reference manager cites the page the
    // same way whichever file it imported.
    private static string CslJsonText(PageCitation citation) => JsonSerializer.Serialize(new[]
    {
        new Dictionary<string, object>
        {
            ["id"] = citation.Key,
            ["type"] = "webpage",
            ["title"] = citation.Title,
            ["author"] = new[] { new Dictionary<string, string> { ["literal"] = citation.Site } },
            ["publisher"] = citation.Site,
            ["container-title"] = citation.Site,
            ["abstract"] = citation.Summary,
            ["URL"] = citation.Url,
            ["language"] = "en-GB",
            ["issued"] = new Dictionary<string, object> { ["date-parts"] = new[] { new[] { citation.Updated.Year, citation.Updated.Month, citation.Updated.Day } } },
        },
    }) + "\n";

    /// <summary>RIS: two-letter tags, "  - ", CRLF line ends, closed by <c>ER</c>.</summary>
    private static string RisText(PageCitation citation)
    {
        var lines = new (string Tag, string Value)[]
        {
            ("TY", "ELEC"), ("TI", citation.Title), ("AU", citation.Site), ("T2", citation.Site), ("PB", citation.Site), ("AB", citation.Summary),
            ("UR", citation.Url), ("PY", citation.Updated.Year.ToString(CultureInfo.InvariantCulture)),
            ("DA", citation.Updated.ToString("yyyy/MM/dd/", CultureInfo.InvariantCulture)), ("LA", "en-GB"), ("ER", ""),
        };
        return string.Concat(lines.Select(l => $"{l.Tag}  - {OneLine(l.Value)}\r\n"));
    }

    /// <summary>Field values in braces, except <c>month</c>: BibTeX's own three-letter month macro, which every style reads.</summary>
    private static string BibTexText(PageCitation citation)
    {
        var fields = new (string Name, string Value)[]
        {
            ("title", Braced(BibTexEscape(citation.Title))), ("author", Braced($"{{{BibTexEscape(citation.Site)}}}")),
            ("publisher", Braced(BibTexEscape(citation.Site))),
            ("howpublished", Braced($"\\url{{{citation.Url}}}")), ("url", Braced(citation.Url)),
            ("year", Braced(citation.Updated.Year.ToString(CultureInfo.InvariantCulture))),
            ("month", citation.Updated.ToString("MMM", CultureInfo.InvariantCulture).ToLowerInvariant()),
            ("date", Braced(citation.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            ("note", Braced($"Updated {citation.Updated.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}")),
            ("language", Braced("en-GB")),
        };
        var text = new StringBuilder($"@misc{{{citation.Key},\n");
        foreach (var (name, value) in fields)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {name} = {value},\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Braced(string value) => $"{{{value}}}";

    /// <summary>Escapes what TeX reads as commands or groups, so a title shows as written.</summary>
    private static string BibTexEscape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in OneLine(value))
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => $"\\{c}",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return text.ToString();
    }

    private static string OneLine(string value) => string.Join(' ', value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
