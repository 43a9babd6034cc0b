using System.Globalization;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.References;

/// <summary>Every source the site may cite, read from <c>references.yaml</c> (CSL-YAML).</summary>
public sealed class ReferenceRegistry
{
    public static readonly ReferenceRegistry Empty = new([]);

    private static readonly string[] RequiredFields = ["id", "type", "title", "issued"];

    private readonly Dictionary<string, Reference> _byId;

    public ReferenceRegistry(IReadOnlyList<Reference> references)
    {
        All = references;
        _byId = references.DistinctBy(r => r.Id).ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    /// <summary>In file order.</summary>
    public IReadOnlyList<Reference> All { get; }

    public Reference? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Reads the registry; every problem becomes a diagnostic and the valid entries are kept.</summary>
    public static ReferenceRegistry Parse(string text, DiagnosticBag diagnostics)
    {
        var root = YamlText.Parse(text, out var error);
        if (error is { } e)
        {
            diagnostics.Report(RegistryRules.RegistryUnreadable, e.Line, e.Column, $"invalid YAML: {e.Message}");
            return Empty;
        }

        if (root is not YamlMappingNode map || map.Child("references") is not YamlSequenceNode list)
        {
            diagnostics.Report(RegistryRules.RegistryUnreadable, 1, 1, "expected a top-level 'references:' list");
            return Empty;
        }

        var references = new List<Reference>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list)
        {
            if (ReadEntry(node, diagnostics) is not { } reference)
            {
                continue;
            }

            if (!seen.Add(reference.Id))
            {
                diagnostics.Report(RegistryRules.DuplicateReferenceId, reference.Line, reference.Column, $"duplicate reference id '{reference.Id}'");
                continue;
            }

            references.Add(reference);
        }

        return new ReferenceRegistry(references);
    }

    /// <summary>
    /// Reports every problem of the entry at once, each at its own line, so an editor filling in a new entry (one
    /// <c>import-references</c> wrote) sees all that is left to do; the entry is kept only if it can be cited.
    /// </summary>
    private static Reference? ReadEntry(YamlNode node, DiagnosticBag diagnostics)
    {
        var (line, column) = (node.Line(), node.Column());
        if (node is not YamlMappingNode entry)
        {
            diagnostics.Report(RegistryRules.ReferenceIncomplete, line, column, "each reference must be a mapping of CSL fields");
            return null;
        }

        var id = entry.Child("id").Scalar();
        var label = id is null ? "reference" : $"reference '{id}'";
        var missing = RequiredFields.Where(k => entry.Child(k) is null).ToList();
        if (entry.Child("DOI") is null && entry.Child("PMID") is null && entry.Child("URL") is null)
        {
            missing.Add("one of DOI, PMID or URL");
        }

        if (missing.Count > 0)
        {
            diagnostics.Report(RegistryRules.ReferenceIncomplete, line, column, $"{label} is missing {string.Join(", ", missing)}");
        }
        else if (!ReferenceId.IsValid(id))
        {
            diagnostics.Report(RegistryRules.ReferenceIncomplete, line, column, $"{label}: ids use letters, digits and - _ : . only");
        }

        IdentifierShapes.Check(entry, label, diagnostics);
        var evidenceNode = entry.Child("evidence");
        var evidenceName = evidenceNode.Scalar() ?? "";
        var knownEvidence = EvidenceNames.TryParse(evidenceName, out var evidence);
        if (!knownEvidence)
        {
            var at = evidenceNode ?? entry;
            diagnostics.Report(RegistryRules.UnknownEvidence, at.Line(), at.Column(),
                $"{label} has evidence '{evidenceName}'; use one of: {string.Join(", ", EvidenceNames.All)}");
        }

        var accessed = ReadAccessed(entry.Child("accessed"), label, diagnostics);
        var read = FindingReader.ReadRead(entry, label, diagnostics);
        var findings = FindingReader.ReadFindings(entry, label, diagnostics);
        if (missing.Count > 0 || !ReferenceId.IsValid(id) || !knownEvidence)
        {
            return null;
        }

        return new Reference
        {
            Id = id!,
            Type = entry.Child("type").Scalar() ?? "",
            Title = entry.Child("title").Scalar() ?? "",
            TitleShort = entry.Child("title-short").Scalar(),
            Authors = ReadAuthors(entry.Child("author")),
            ContainerTitle = entry.Child("container-title").Scalar(),
            Publisher = entry.Child("publisher").Scalar(),
            Volume = entry.Child("volume").Scalar(),
            Issue = entry.Child("issue").Scalar(),
            Page = entry.Child("page").Scalar(),
            Number = entry.Child("number").Scalar(),
            Year = ReadYear(entry.Child("issued")),
            Doi = entry.Child("DOI").Scalar(),
            Pmid = entry.Child("PMID").Scalar(),
            Url = entry.Child("URL").Scalar(),
            Evidence = evidence,
            Read = read,
            Findings = findings,
            Accessed = accessed,
            SupersededBy = entry.Child("superseded-by").Scalar()?.Trim(),
            Line = line,
            Column = column,
        };
    }

    private static List<Author> ReadAuthors(YamlNode? node) =>
        node is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>()
                .Select(a => new Author(a.Child("family").Scalar(), a.Child("given").Scalar(), a.Child("literal").Scalar()))
                .ToList()
            : [];

    /// <summary><c>accessed</c> is a whole CSL date, <c>{date-parts: [[2026, 12, 1]]}</c>: the day the stored copy was read.</summary>
    private static DateOnly? ReadAccessed(YamlNode? node, string label, DiagnosticBag diagnostics)
    {
        if (node is null)
        {
            return null;
        }

        var parts = ((node as YamlMappingNode)?.Child("date-parts") as YamlSequenceNode)?.Children.FirstOrDefault() as YamlSequenceNode;
        var numbers = parts?.Children.Select(p => int.TryParse(p.Scalar(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();
        if (numbers is [var year, var month, var day] && year > 0 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        diagnostics.Report(RegistryRules.BadAccessedDate, node.Line(), node.Column(),
            $"{label}: 'accessed' is the day the stored copy was read, as a whole CSL date: {{date-parts: [[2026, 12, 1]]}}");
        return null;
    }

    /// <summary>CSL dates are <c>{date-parts: [[2016, 11, 30]]}</c>; we show the year.</summary>
    private static int? ReadYear(YamlNode? issued)
    {
        var parts = (issued as YamlMappingNode)?.Child("date-parts") as YamlSequenceNode;
        var first = parts?.Children.FirstOrDefault() as YamlSequenceNode;
        var year = first?.Children.FirstOrDefault().Scalar();
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
    }
}
