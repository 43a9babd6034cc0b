using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Tests.References;

public class FindingTests
{
    private const string Source = """
        references:
          - id: peul-2007
            type: article-journal
            title: Surgery versus prolonged conservative treatment for sciatica
            issued: {date-parts: [[2007]]}
            DOI: 10.1056/NEJMoa064039
            evidence: randomised-trial
            read: abstract
            findings:
              - at: "abstract: results"
                says: Leg pain eased faster after early surgery.
              - at: table 2
                says: At one year the groups were alike.
        """;

    private static (ReferenceRegistry Registry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag("references.yaml");
        return (ReferenceRegistry.Parse(yaml, bag), bag.Items);
    }

    [Fact]
    public void Reads_what_was_read_and_each_finding_with_its_line()
    {
        var (registry, diagnostics) = Parse(Source);
        Assert.Empty(diagnostics);
        var peul = registry.Find("peul-2007")!;
        Assert.Equal("abstract", peul.Read);
        Assert.Equal(["abstract: results", "table 2"], peul.Findings.Select(f => f.At));
        Assert.Equal("At one year the groups were alike.", peul.Findings[1].Says);
        Assert.Equal((12, 9), (peul.Findings[1].Line, peul.Findings[1].Column));
    }

    [Fact]
    public void A_locator_matches_its_finding_whatever_the_case_and_spacing_and_nothing_looser()
    {
        var peul = Parse(Source).Registry.Find("peul-2007")!;
        Assert.Equal("table 2", peul.FindingAt("Table   2")?.At);
        Assert.Equal("abstract: results", peul.FindingAt(" ABSTRACT:  results ")?.At);
        Assert.Null(peul.FindingAt("table 2."));
        Assert.Null(peul.FindingAt("abstract results"));
    }

    [Fact]
    public void A_source_with_no_read_is_reported_at_the_entry()
    {
        var diagnostic = Assert.Single(Parse(Source.Replace("    read: abstract\n", "", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("SCI060", Severity.Error, 2, 5), (diagnostic.Code, diagnostic.Severity, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'peul-2007' has no 'read'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_finding_with_an_empty_says_is_an_error_at_its_says()
    {
        var (registry, diagnostics) = Parse(Source.Replace("says: At one year the groups were alike.", "says: \"  \"", StringComparison.Ordinal));
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SCI061", Severity.Error, 13, 15), (error.Code, error.Severity, error.Line, error.Column));
        Assert.Contains("finding at 'table 2', has an empty 'says'", error.Message, StringComparison.Ordinal);
        Assert.Single(registry.Find("peul-2007")!.Findings);
    }

    [Fact]
    public void A_finding_without_at_is_an_error_at_the_finding()
    {
        var error = Assert.Single(Parse(Source.Replace("- at: table 2\n        says:", "- says:", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("SCI061", Severity.Error, 12, 9), (error.Code, error.Severity, error.Line, error.Column));
    }

    [Fact]
    public void Two_findings_at_the_same_place_are_an_error_since_a_locator_must_name_one()
    {
        var error = Assert.Single(Parse(Source.Replace("at: table 2", "at: \"Abstract:  Results\"", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("SCI062", Severity.Error, 12, 9), (error.Code, error.Severity, error.Line, error.Column));
        Assert.Contains("the first on line 10", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_that_are_not_a_list_are_an_error()
    {
        var error = Assert.Single(Parse(Source[..Source.IndexOf("      - at", StringComparison.Ordinal)].Replace("findings:", "findings: none", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal(("SCI061", 9, 15), (error.Code, error.Line, error.Column));
    }

    [Theory]
    [InlineData("rec. 1.1.4", "recommendation 1.1.4")]
    [InlineData("p. 1315", "page 1315")]
    [InlineData("abstract: results", "abstract: results")]
    public void Readers_see_locator_abbreviations_spelled_out(string at, string shown) =>
        Assert.Equal(shown, Locators.ForReaders(at));

    [Fact]
    public void A_source_is_named_by_its_short_title_else_its_first_author_and_year()
    {
        var peul = Parse(Source.Replace("    evidence:", "    author: [{family: Peul, given: W.}, {family: Koes, given: B.}]\n    evidence:", StringComparison.Ordinal)).Registry.Find("peul-2007")!;
        Assert.Equal("Peul et al. 2007", peul.ShortName);
        Assert.Equal("Test Guide", ContentAssert.Registry.Find("guide")!.ShortName);
    }
}
