using System.Text.RegularExpressions;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Yaml;
using YamlDotNet.RepresentationModel;

namespace Sciatica.Content.References;

/// <summary>
/// Catches a mistyped DOI, PMID or URL before it becomes a dead link in a reference list.
/// The shapes are the ones Crossref and PubMed document; nothing is fetched.
/// </summary>
public static partial class IdentifierShapes
{
    /// <summary>A bare DOI: "10.", a registrant code of 4-9 digits (dot-separated parts allowed), "/", then a suffix.</summary>
    [GeneratedRegex(@"^10\.\d{4,9}(\.\d+)*/\S+$")]
    private static partial Regex Doi();

    /// <summary>A PubMed id: 1 to 8 digits, no leading zero.</summary>
    [GeneratedRegex(@"^[1-9]\d{0,7}$")]
    private static partial Regex Pmid();

    public static void Check(YamlMappingNode entry, string label, DiagnosticBag diagnostics)
    {
        if (entry.Child("DOI") is { } doi && !Doi().IsMatch(doi.Scalar() ?? ""))
        {
            Report(doi, RegistryRules.BadDoi, $"{label} has DOI '{doi.Scalar()}'; write it bare, like 10.1056/NEJMra1410151 (no https://doi.org/)", diagnostics);
        }

        if (entry.Child("PMID") is { } pmid && !Pmid().IsMatch(pmid.Scalar() ?? ""))
        {
            Report(pmid, RegistryRules.BadPmid, $"{label} has PMID '{pmid.Scalar()}'; a PMID is up to 8 digits, like 25806915", diagnostics);
        }

        if (entry.Child("URL") is { } url && !IsWebAddress(url.Scalar()))
        {
            Report(url, RegistryRules.BadUrl, $"{label} has URL '{url.Scalar()}'; use a full https:// (or http://) address", diagnostics);
        }
    }

    /// <summary>A full http(s) address with a dotted host and no spaces: what may become a link for readers.</summary>
    public static bool IsWebAddress(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Contains('.', StringComparison.Ordinal)
        && !value!.Any(char.IsWhiteSpace);

    private static void Report(YamlNode node, Rule rule, string message, DiagnosticBag diagnostics) =>
        diagnostics.Report(rule, node.Line(), node.Column(), message);
}
