using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Tests.Rules;

public sealed class AddressesAreCurrentTests : IDisposable
{
    private readonly TempContent _content = new();

    public AddressesAreCurrentTests() =>
        File.WriteAllText(Path.Combine(_content.Root, RetiredAddresses.File), "# retired\nnhs.uk/Conditions/*/Pages/\n\nold.example.org/\n");

    public void Dispose() => _content.Dispose();

    private IReadOnlyList<Diagnostic> Retired(string url, string read)
    {
        File.WriteAllText(Path.Combine(_content.Root, "references.yaml"), $$"""
            references:
              - id: nhs-page
                type: webpage
                title: A page
                issued: {literal: n.d.}
                URL: {{url}}
                evidence: patient-information
                read: "{{read}}"
                findings:
                  - at: opening
                    says: Something.
            """);
        _content.WriteArticle("page", "A claim [@nhs-page, opening].");
        return [.. _content.Load().Diagnostics.Where(d => d.Code == "SCI028")];
    }

    [Theory]
    [InlineData("http://www.nhs.uk/Conditions/Sciatica/Pages/Diagnosis.aspx")]
    [InlineData("https://nhs.uk/conditions/sciatica/pages/introduction.aspx")]
    [InlineData("https://old.example.org/a/b")]
    public void A_retired_address_is_a_warning_at_the_reference(string url)
    {
        var warning = Assert.Single(Retired(url, "The whole page"));
        Assert.Equal((Severity.Warning, "references.yaml", 2), (warning.Severity, Path.GetFileName(warning.File), warning.Line));
        Assert.Contains($"reference 'nhs-page' has the retired address {url}", warning.Message, StringComparison.Ordinal);
        Assert.Contains("\"the copy read\"", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_whose_read_says_the_retired_address_is_the_copy_read_passes() =>
        Assert.Empty(Retired("http://www.nhs.uk/Conditions/Sciatica/Pages/Diagnosis.aspx", "The whole page, at its retired address (the copy read)"));

    [Theory]
    [InlineData("https://www.nhs.uk/conditions/sciatica/")]
    [InlineData("https://example.org/old.example.org/")]
    public void A_current_address_passes(string url) => Assert.Empty(Retired(url, "The whole page"));

    [Fact]
    public void Without_the_list_nothing_is_retired()
    {
        File.Delete(Path.Combine(_content.Root, RetiredAddresses.File));
        Assert.Empty(Retired("http://www.nhs.uk/Conditions/Sciatica/Pages/Diagnosis.aspx", "The whole page"));
    }
}
