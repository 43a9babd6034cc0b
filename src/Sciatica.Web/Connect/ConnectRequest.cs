using System.Text.RegularExpressions;
using Sciatica.Content.Codes;

namespace Sciatica.Web.Connect;

/// <summary>
/// A health record's request in MedlinePlus Connect's parameters (HL7 Infobutton, URL-based): the code, its system's OID,
/// the display name, the patient's language and the format wanted. Anything else an Infobutton sends (age, sex, task)
/// is ignored. Checked before any work: a malformed request costs a few comparisons and gets one sentence back.
/// </summary>
public sealed partial record ConnectRequest(CodeSystem System, string Code, ConnectFormat Format, string? Language)
{
    public const string CodeParameter = "mainSearchCriteria.v.c";
    public const string SystemParameter = "mainSearchCriteria.v.cs";
    public const string DisplayNameParameter = "mainSearchCriteria.v.dn";
    public const string LanguageParameter = "informationRecipient.languageCode.c";
    public const string FormatParameter = "knowledgeResponseType";

    /// <summary>Longest display name accepted; records send a condition's name, not a document.</summary>
    private const int MaxDisplayName = 256;

    private static readonly string[] Parameters = [CodeParameter, SystemParameter, DisplayNameParameter, LanguageParameter, FormatParameter];

    /// <summary>Entries are in English; a request for another language gets them with their language marked.</summary>
    public bool MarkLanguage => Language is { } language && !language.Equals("en", StringComparison.OrdinalIgnoreCase)
        && !language.StartsWith("en-", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the query; on a malformed request returns null and the sentence to answer with.</summary>
    public static ConnectRequest? Read(IQueryCollection query, out string? problem)
    {
        if (Parameters.FirstOrDefault(p => query[p].Count > 1) is { } repeated)
        {
            return Fail($"Send {repeated} once: this service answers one code per request.", out problem);
        }

        var system = Value(query, SystemParameter);
        var code = Value(query, CodeParameter);
        if (system is null)
        {
            return Fail($"Send the code system's OID as {SystemParameter}: {Oids()}.", out problem);
        }

        if (CodeSystem.WithOid(system) is not { } codeSystem)
        {
            return Fail($"{SystemParameter} '{Shorten(system)}' is not a code system this service knows; send one of {Oids()}.", out problem);
        }

        if (code is null)
        {
            return Fail($"Send the diagnosis code as {CodeParameter}.", out problem);
        }

        var canonical = codeSystem.ByPrefix ? WithDot(code.ToUpperInvariant()) : code;
        if (!codeSystem.IsWellFormed(canonical))
        {
            return Fail($"{CodeParameter} '{Shorten(code)}' is not shaped like a code of {codeSystem.Title}: {codeSystem.ShapeHint}.", out problem);
        }

        if (Value(query, DisplayNameParameter) is { Length: > MaxDisplayName })
        {
            return Fail($"{DisplayNameParameter} is longer than {MaxDisplayName} characters.", out problem);
        }

        var language = Value(query, LanguageParameter);
        if (language is not null && !LanguageTag().IsMatch(language))
        {
            return Fail($"{LanguageParameter} '{Shorten(language)}' is not a language code such as en or es.", out problem);
        }

        var formatName = Value(query, FormatParameter) ?? ConnectFormat.Xml.MediaType;
        if (ConnectFormat.WithMediaType(formatName) is not { } format)
        {
            return Fail($"{FormatParameter} '{Shorten(formatName)}' is not one of {string.Join(", ", ConnectFormat.All.Select(f => f.MediaType))}.", out problem);
        }

        problem = null;
        return new ConnectRequest(codeSystem, canonical, format, language);
    }

    /// <summary>ICD codes may come without their dot (M5431) or in lower case; answers name them as the lists write them (M54.31).</summary>
    private static string WithDot(string code) =>
        code.Length > 3 && !code.Contains('.', StringComparison.Ordinal) ? $"{code[..3]}.{code[3..]}" : code;

    private static string? Value(IQueryCollection query, string name) =>
        query[name] is { Count: 1 } values && values[0] is { } value && value.Trim() is { Length: > 0 } trimmed ? trimmed : null;

    private static string Oids() => string.Join(", ", CodeSystem.All.Select(s => $"{s.Oid} ({s.Title})"));

    /// <summary>Echoed values are cut short, so an answer never grows with what was sent.</summary>
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static ConnectRequest? Fail(string sentence, out string? problem)
    {
        problem = sentence;
        return null;
    }

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
