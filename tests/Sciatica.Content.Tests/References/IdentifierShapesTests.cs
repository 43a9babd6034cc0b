using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Tests.References;

public class IdentifierShapesTests
{
    [Theory]
    [InlineData("DOI: 10.1056/NEJMra1410151")]
    [InlineData("DOI: 10.1136/bmj.39223.428495.BE")]
    [InlineData("PMID: 25806915")]
    [InlineData("URL: https://www.nice.org.uk/guidance/ng59")]
    public void Accepts_well_formed_identifiers(string field) =>
        Assert.Empty(Parse(field).Items);

    [Theory]
    [InlineData("DOI: https://doi.org/10.1056/NEJMra1410151", "SCI025")]
    [InlineData("DOI: 10.10/x", "SCI025")]
    [InlineData("DOI: 10.1056 NEJM", "SCI025")]
    [InlineData("PMID: PMC1895638", "SCI026")]
    [InlineData("PMID: 123456789", "SCI026")]
    [InlineData("URL: www.nice.org.uk/guidance/ng59", "SCI027")]
    [InlineData("URL: ftp://example.org/file", "SCI027")]
    [InlineData("URL: https://localhost/page", "SCI027")]
    public void Reports_malformed_identifiers_at_their_line_and_keeps_the_entry(string field, string code)
    {
        var diagnostics = Parse(field);
        var bad = Assert.Single(diagnostics.Items);
        Assert.Equal((code, 7), (bad.Code, bad.Line));
        Assert.True(bad.IsError);
    }

    private static DiagnosticBag Parse(string field)
    {
        var diagnostics = new DiagnosticBag("references.yaml");
        var registry = ReferenceRegistry.Parse($$"""
            references:
              - id: source
                type: report
                title: A source
                issued: {date-parts: [[2016]]}
                evidence: guideline
                {{field}}
                read: the recommendations
            """, diagnostics);
        Assert.NotNull(registry.Find("source"));
        return diagnostics;
    }
}
