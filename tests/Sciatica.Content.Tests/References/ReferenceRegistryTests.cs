using Sciatica.Content.Diagnostics;
using Sciatica.Content.References;

namespace Sciatica.Content.Tests.References;

public class ReferenceRegistryTests
{
    private static (ReferenceRegistry Registry, IReadOnlyList<Diagnostic> Diagnostics) Parse(string yaml)
    {
        var bag = new DiagnosticBag("references.yaml");
        return (ReferenceRegistry.Parse(yaml, bag), bag.Items);
    }

    private const string Entry = """
          - id: ropper-2015
            type: article-journal
            title: Sciatica
            author: [{family: Ropper, given: Allan H.}, {family: Zafonte, given: Ross D.}]
            container-title: N Engl J Med
            volume: 372
            issue: 13
            page: 1240-1248
            issued: {date-parts: [[2015, 3, 26]]}
            DOI: 10.1056/NEJMra1410151
            PMID: 25806915
            evidence: review
            read: abstract
        """;

    [Fact]
    public void Reads_csl_fields()
    {
        var (registry, diagnostics) = Parse("references:\n" + Entry);
        Assert.Empty(diagnostics);
        var r = registry.Find("ropper-2015")!;
        Assert.Equal("Ropper AH, Zafonte RD", r.AuthorList);
        Assert.Equal("N Engl J Med. 2015;372(13):1240-1248.", r.Source);
        Assert.Equal("https://doi.org/10.1056/NEJMra1410151", r.Link);
        Assert.Equal(Evidence.Review, r.Evidence);
    }

    [Theory]
    [InlineData("title", "title")]
    [InlineData("issued", "issued")]
    [InlineData("type", "type")]
    public void An_entry_missing_a_required_field_is_an_error(string field, string named)
    {
        var yaml = "references:\n" + string.Join("\n", Entry.Split('\n').Where(l => !l.TrimStart().StartsWith(field + ":", StringComparison.Ordinal)));
        var (registry, diagnostics) = Parse(yaml);
        var error = Assert.Single(diagnostics);
        Assert.Equal("SCI021", error.Code);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, error.Line);
        Assert.Empty(registry.All);
    }

    [Fact]
    public void An_entry_without_doi_pmid_or_url_is_an_error()
    {
        var yaml = "references:\n" + string.Join("\n", Entry.Split('\n').Where(l => !l.Contains("DOI:", StringComparison.Ordinal) && !l.Contains("PMID:", StringComparison.Ordinal)));
        Assert.Contains("one of DOI, PMID or URL", Assert.Single(Parse(yaml).Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second_entry()
    {
        var (registry, diagnostics) = Parse("references:\n" + Entry + "\n" + Entry);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("SCI022", 15), (error.Code, error.Line));
        Assert.Single(registry.All);
    }

    [Fact]
    public void An_unknown_evidence_type_is_an_error_listing_the_valid_ones()
    {
        var error = Assert.Single(Parse("references:\n" + Entry.Replace("evidence: review", "evidence: anecdote", StringComparison.Ordinal)).Diagnostics);
        Assert.Equal("SCI023", error.Code);
        Assert.Contains("systematic-review", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_reports_every_problem_at_once_each_at_its_line_so_an_editor_sees_all_that_is_left()
    {
        var (registry, diagnostics) = Parse("""
            references:
              - id: new-2020
                type: article-journal
                title: A new work
                PMID: 0123
                evidence:
                read:
                findings:
                  - at:
                    says:
            """);

        Assert.Equal(
            [
                (2, 5, "SCI021"), (5, 11, "SCI026"), (6, 14, "SCI023"),
                (7, 10, "SCI060"), (9, 9, "SCI061"),
            ],
            diagnostics.OrderBy(d => d.Line).Select(d => (d.Line, d.Column, d.Code)));
        Assert.Contains("missing issued", diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Empty(registry.All);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_not_an_exception()
    {
        var error = Assert.Single(Parse("references:\n  - id: [unclosed\n").Diagnostics);
        Assert.Equal("SCI020", error.Code);
    }
}
