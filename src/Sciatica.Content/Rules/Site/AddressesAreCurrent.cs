using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Rules.Site;

/// <summary>
/// No reference points readers at an address its publisher has retired (<see cref="RetiredAddresses"/>), unless its
/// <c>read</c> says that address is the copy read, which readers then see under "What we read".
/// </summary>
public sealed class AddressesAreCurrent : ISiteRule
{
    public static readonly Rule RetiredAddress = new(
        "SCI028", nameof(RetiredAddress), Severity.Warning, RuleScope.Site,
        "A reference's `URL` matches an address its publisher has retired (`content/retired-addresses.txt`)",
        "Cite the current page; if the retired address is the copy you really read, say so in `read` with the words \"the copy read\"");

    public IReadOnlyList<Rule> Reports { get; } = [RetiredAddress];

    public IEnumerable<Diagnostic> Check(SiteUnderCheck site)
    {
        foreach (var reference in site.Registry.All)
        {
            if (reference.Url is { } url && site.RetiredAddresses.Matching(url) is { } pattern
                && reference.Read?.Contains(RetiredAddresses.CopyRead, StringComparison.OrdinalIgnoreCase) != true)
            {
                yield return RetiredAddress.At(site.RegistryPath, reference.Line, reference.Column,
                    $"reference '{reference.Id}' has the retired address {url} ('{pattern}' in {RetiredAddresses.File}): cite the publisher's current page, or, if this address is the copy you read, say so in its read: with the words \"{RetiredAddresses.CopyRead}\"");
            }
        }
    }
}
