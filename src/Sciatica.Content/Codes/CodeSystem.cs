using System.Text.RegularExpressions;

namespace Sciatica.Content.Codes;

/// <summary>
/// A diagnosis code system a page may declare: its name in front matter and <c>codes.yaml</c>, its HL7 OID (what a
/// health record sends as <c>mainSearchCriteria.v.cs</c>), the shape a code must have, and how a requested code
/// finds declared ones (ICD by prefix, since a more specific code sits under a declared one; SNOMED CT exactly).
/// </summary>
public sealed partial class CodeSystem
{
    public static readonly CodeSystem Icd10 = new("icd-10", "2.16.840.1.113883.6.3", "ICD-10 (WHO)", byPrefix: true, WhoIcd10Shape());
    public static readonly CodeSystem Icd10Cm = new("icd-10-cm", "2.16.840.1.113883.6.90", "ICD-10-CM", byPrefix: true, Icd10CmShape());
    public static readonly CodeSystem SnomedCt = new("snomed-ct", "2.16.840.1.113883.6.96", "SNOMED CT", byPrefix: false, SnomedShape());

    public static IReadOnlyList<CodeSystem> All { get; } = [Icd10, Icd10Cm, SnomedCt];

    private readonly Regex _shape;

    private CodeSystem(string name, string oid, string title, bool byPrefix, Regex shape)
    {
        Name = name;
        Oid = oid;
        Title = title;
        ByPrefix = byPrefix;
        _shape = shape;
    }

    /// <summary>As editors write it, and in the static export's paths: <c>icd-10</c>, <c>icd-10-cm</c>, <c>snomed-ct</c>.</summary>
    public string Name { get; }

    public string Oid { get; }

    public string Title { get; }

    public bool ByPrefix { get; }

    /// <summary>What a code of this system looks like, for editors' messages.</summary>
    public string ShapeHint => this == SnomedCt
        ? "6 to 18 digits ending in a valid check digit (such as 23056005)"
        : this == Icd10 ? "a letter, two digits, then optionally a dot and one or two digits (such as M54.3)"
        : "a letter, a digit, a digit or letter, then optionally a dot and one to four digits or letters (such as M54.30)";

    public static CodeSystem? Named(string? name) => All.FirstOrDefault(s => s.Name == name);

    public static CodeSystem? WithOid(string? oid) => All.FirstOrDefault(s => s.Oid == oid);

    public bool IsWellFormed(string code) =>
        code.Length <= 18 && _shape.IsMatch(code) && (this != SnomedCt || Verhoeff.IsValid(code));

    /// <summary>The form codes are compared in: ICD codes upper case without the dot (records send either), SNOMED CT as written.</summary>
    public string Key(string code) => ByPrefix ? code.Replace(".", "", StringComparison.Ordinal).ToUpperInvariant() : code;

    /// <summary>Whether a requested code finds a declared one: the same code, or for ICD a more specific code under it.</summary>
    public bool Finds(string requestedKey, string declaredKey) =>
        ByPrefix ? requestedKey.StartsWith(declaredKey, StringComparison.Ordinal) : requestedKey == declaredKey;

    public override string ToString() => Name;

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex WhoIcd10Shape();

    [GeneratedRegex(@"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Icd10CmShape();

    [GeneratedRegex(@"^[1-9][0-9]{5,17}$", RegexOptions.CultureInvariant)]
    private static partial Regex SnomedShape();
}
