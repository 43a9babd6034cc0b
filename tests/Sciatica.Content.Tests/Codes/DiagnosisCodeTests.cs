using Sciatica.Content.Codes;
using Sciatica.Content.Diagnostics;
using Sciatica.Content.Rules.Reading;
using Sciatica.Content.Rules.Site;

namespace Sciatica.Content.Tests.Codes;

/// <summary>Front matter codes are checked against codes.yaml: unknown codes, codes on no page, and each system's shape.</summary>
public sealed class DiagnosisCodeTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void A_declared_code_listed_in_codes_yaml_is_on_the_page_without_diagnostics()
    {
        WriteCodes(("icd-10", "M54.3"), ("snomed-ct", "\"23056005\""));
        _content.WriteArticle("leg-pain", "Leg pain [@guide, rec. 1.1.4].", extraFrontMatter: "codes:\n  icd-10: [M54.3]\n  snomed-ct: [\"23056005\"]");

        var snapshot = _content.Load();

        Assert.DoesNotContain(snapshot.Diagnostics, d => d.Code is "SCI095" or "SCI096" or "SCI097");
        Assert.Equal(["icd-10 M54.3", "snomed-ct 23056005"], snapshot.Find("leg-pain")!.FrontMatter.Codes.Select(c => c.ToString()));
        Assert.Single(snapshot.ArticlesAbout(snapshot.Codes.Find(CodeSystem.Icd10, "M54.3")!, includeDrafts: false));
    }

    [Fact]
    public void A_code_not_in_codes_yaml_is_an_error_at_its_line_and_a_listed_code_on_no_page_a_warning()
    {
        WriteCodes(("icd-10", "M54.3"));
        _content.WriteArticle("leg-pain", "Leg pain [@guide, rec. 1.1.4].", extraFrontMatter: "codes:\n  icd-10-cm: [M54.30]");

        var diagnostics = _content.Load().Diagnostics;

        var unknown = Assert.Single(diagnostics, d => d.Code == CodesAreListed.UnknownDiagnosisCode.Code);
        Assert.Equal((_content.Shown("articles/leg-pain.md"), 8, 15), (unknown.File, unknown.Line, unknown.Column));
        Assert.Contains("icd-10-cm M54.30 is not in codes.yaml", unknown.Message, StringComparison.Ordinal);
        var unused = Assert.Single(diagnostics, d => d.Code == CodesAreListed.UnusedDiagnosisCode.Code);
        Assert.Equal((_content.Shown("codes.yaml"), Severity.Warning), (unused.File, unused.Severity));
    }

    [Theory]
    [InlineData("icd-10", "M54.301")] // WHO ICD-10 has at most two digits after the dot
    [InlineData("icd-10", "54.3")]
    [InlineData("icd-10-cm", "M5")]
    [InlineData("snomed-ct", "23056006")] // wrong check digit
    [InlineData("snomed-ct", "M54.3")]
    [InlineData("read-v2", "N142.")]
    public void A_code_shaped_wrongly_for_its_system_is_an_error_in_codes_yaml(string system, string code)
    {
        WriteCodes((system, code));

        var problem = Assert.Single(_content.Load().Diagnostics, d => d.Code == CodeRules.BadDiagnosisCode.Code);

        Assert.Equal(Severity.Error, problem.Severity);
    }

    [Fact]
    public void A_code_shaped_wrongly_in_front_matter_keeps_the_page_off_the_site()
    {
        _content.WriteArticle("leg-pain", "Leg pain [@guide, rec. 1.1.4].", extraFrontMatter: "codes:\n  snomed-ct: [\"12345\"]");

        var snapshot = _content.Load();

        Assert.Contains(snapshot.Diagnostics, d => d.Code == CodeRules.BadDiagnosisCode.Code && d.Message.Contains("check digit", StringComparison.Ordinal));
        Assert.Null(snapshot.Find("leg-pain"));
    }

    [Theory]
    [InlineData("icd-10-cm", "M54.31", "M54.3", true)] // a more specific ICD code sits under the declared one
    [InlineData("icd-10-cm", "m5431", "M54.3", true)] // records may drop the dot
    [InlineData("icd-10-cm", "M54", "M54.3", false)]
    [InlineData("icd-10-cm", "M54.41", "M54.3", false)]
    [InlineData("snomed-ct", "230560050", "23056005", false)] // SNOMED CT is matched exactly
    public void Icd_codes_match_by_prefix_within_their_system_and_snomed_codes_exactly(string system, string requested, string declared, bool found)
    {
        var codeSystem = CodeSystem.Named(system)!;

        Assert.Equal(found, codeSystem.Finds(codeSystem.Key(requested), codeSystem.Key(declared)));
    }

    public void Dispose() => _content.Dispose();

    private void WriteCodes(params (string System, string Code)[] codes) =>
        File.WriteAllText(Path.Combine(_content.Root, "codes.yaml"), "codes:\n" + string.Concat(codes.Select(c =>
            $"  - system: {c.System}\n    code: {c.Code}\n    display: A condition\n    edition: Test edition\n    source: https://example.org/{c.System}\n")));
}
