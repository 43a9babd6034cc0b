using Sciatica.Content;

namespace Sciatica.Cli.Tests.Verbs;

public sealed class ImportReferencesVerbTests : IDisposable
{
    private const string Header = "# How each DOI was checked is said above its reference.\n";

    private readonly TempContent _content = new();
    private readonly string _export;
    private readonly string _registry;

    public ImportReferencesVerbTests()
    {
        _export = Path.Combine(_content.Root, "export.json");
        _registry = Path.Combine(_content.Root, "references.yaml");
        File.WriteAllText(_registry, Header + File.ReadAllText(_registry).Replace("  - id: second", "  # Checked on the journal's page.\n  - id: second", StringComparison.Ordinal));
    }

    public void Dispose() => _content.Dispose();

    private (int ExitCode, string Output, string Error) Import(string json)
    {
        File.WriteAllText(_export, json);
        return Cli.Run("import-references", _export, "--content", _content.Root);
    }

    private const string Zotero = """
        [
          {"id": "http://zotero.org/users/local/x/items/AB12", "type": "article-journal", "title": "A review, again",
           "DOI": "10.1000/X", "author": [{"family": "Ropper", "given": "Allan H."}], "issued": {"date-parts": [[2015]]}},
          {"id": "guide", "type": "report", "title": "The same guideline", "URL": "https://example.org/other"},
          {"id": "http://zotero.org/users/local/x/items/CD34", "type": "article-journal",
           "title": "Sciatica: what helps? A \"short\" #1 review, [part 2]",
           "container-title": "Spine", "volume": 41, "issue": "3", "page": "100-110",
           "author": [{"family": "Tulder", "non-dropping-particle": "van", "given": "Maurits W."}, {"family": "Müller", "given": "Anna"}],
           "issued": {"date-parts": [["2016", 2, 9]]}, "DOI": "https://doi.org/10.1000/spine.41", "PMID": 26000001,
           "abstract": "Not kept."}
        ]
        """;

    [Fact]
    public void Appends_new_works_in_the_registrys_style_after_its_comments_and_skips_the_ones_it_has()
    {
        var before = File.ReadAllText(_registry);

        var (exit, output, _) = Import(Zotero);

        Assert.Equal(0, exit);
        Assert.Contains("skipped A review, again: already in the registry as 'second' (same DOI 10.1000/X)", output, StringComparison.Ordinal);
        Assert.Contains("skipped The same guideline: already in the registry as 'guide' (same id)", output, StringComparison.Ordinal);
        Assert.Contains("added 'van-tulder-2016': Sciatica: what helps?", output, StringComparison.Ordinal);
        Assert.Contains("1 added, 2 skipped", output, StringComparison.Ordinal);
        var after = File.ReadAllText(_registry);
        Assert.StartsWith(before, after, StringComparison.Ordinal);
        // The file did not end with a line break, so one comes first.
        Assert.Equal("""

              # Imported from export.json on 2027-01-15. Before citing it: check its DOI, PMID and URL
              # against the reference and say here how; fill in evidence, read and findings.
              - id: van-tulder-2016
                type: article-journal
                title: "Sciatica: what helps? A \"short\" #1 review, [part 2]"
                author: [{family: van Tulder, given: Maurits W.}, {family: Müller, given: Anna}]
                container-title: Spine
                volume: 41
                issue: 3
                page: 100-110
                issued: {date-parts: [[2016, 2, 9]]}
                DOI: 10.1000/spine.41
                PMID: 26000001
                evidence:
                read:
                findings:
                  - at:
                    says:

            """, after[before.Length..]);
    }

    [Fact]
    public void Importing_the_same_export_twice_adds_nothing_the_second_time()
    {
        Import(Zotero);
        var once = File.ReadAllText(_registry);

        var (exit, output, _) = Import(Zotero);

        Assert.Equal(0, exit);
        Assert.Contains("0 added, 3 skipped", output, StringComparison.Ordinal);
        Assert.Contains("already in the registry as 'van-tulder-2016' (same DOI 10.1000/spine.41)", output, StringComparison.Ordinal);
        Assert.Equal(once, File.ReadAllText(_registry));
    }

    [Fact]
    public void Round_trip_import_then_fill_in_then_check_is_clean()
    {
        Import(Zotero);
        var lines = File.ReadAllLines(_registry);
        int LineOf(string text) => Array.LastIndexOf(lines, text) + 1; // the imported reference is the last one
        var (unfilled, listed, _) = Cli.Run("check", "--content", _content.Root);

        // Everything still to fill in, at once, each at its own line: not the evidence first and the rest later.
        Assert.Equal(1, unfilled);
        var shown = _content.Shown("references.yaml");
        Assert.Collection(
            listed.Split('\n').Where(l => l.Contains("van-tulder-2016", StringComparison.Ordinal)),
            l => Assert.StartsWith($"{shown}:{LineOf("    evidence:")}:14: error SCI023: reference 'van-tulder-2016' has evidence ''", l, StringComparison.Ordinal),
            l => Assert.StartsWith($"{shown}:{LineOf("    read:")}:10: error SCI060: reference 'van-tulder-2016' has no 'read'", l, StringComparison.Ordinal),
            l => Assert.StartsWith($"{shown}:{LineOf("      - at:")}:9: error SCI061: reference 'van-tulder-2016' has a finding without 'at'", l, StringComparison.Ordinal));

        File.WriteAllText(_registry, File.ReadAllText(_registry).Replace("""
                evidence:
                read:
                findings:
                  - at:
                    says:
            """, """
                evidence: review
                read: The abstract
                accessed: {date-parts: [[2027, 1, 10]]}
                findings:
                  - at: "abstract: results"
                    says: Most people got better without an operation.
            """, StringComparison.Ordinal));
        _content.WriteArticle("walking", "Most people get better without an operation [@van-tulder-2016, abstract: results].");
        var (exit, output, _) = Cli.Run("check", "--content", _content.Root);

        Assert.Equal(0, exit);
        Assert.Contains(" 0 errors", output, StringComparison.Ordinal);
        Assert.DoesNotContain("van-tulder-2016", output, StringComparison.Ordinal);
        var imported = _content.Load().Registry.Find("van-tulder-2016")!;
        Assert.Equal("Sciatica: what helps? A \"short\" #1 review, [part 2]", imported.Title);
        Assert.Equal(["van Tulder", "Müller"], imported.Authors.Select(a => a.Family));
        Assert.Equal(2016, imported.Year);
        Assert.Equal("26000001", imported.Pmid);
    }

    [Theory]
    [InlineData("[\n  {\"title\": \"A\"},\n  {\"title\": \"B\" \"type\": \"book\"}\n]", 3, 17, "SCI080", "invalid JSON")]
    [InlineData("{\"items\": 3}\n", 1, 1, "SCI081", "reference 1 has no title")]
    [InlineData("[\n  {\"title\": \"Kept\", \"URL\": \"https://example.org/k\"},\n    {\"id\": \"untitled\", \"title\": \"  \"}\n]", 3, 5, "SCI081", "reference 2 (id 'untitled') has no title")]
    [InlineData("\"just text\"", 1, 1, "SCI080", "expected CSL-JSON")]
    public void A_bad_export_is_reported_at_its_line_and_column_and_changes_nothing(string json, int line, int column, string code, string message)
    {
        var before = File.ReadAllBytes(_registry);

        var (exit, output, error) = Import(json);

        Assert.Equal(1, exit);
        Assert.Contains($"export.json:{line}:{column}: error {code}: {message}", error, StringComparison.Ordinal);
        Assert.Contains("nothing imported", error, StringComparison.Ordinal);
        Assert.DoesNotContain("added", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_registry));
    }

    [Fact]
    public void A_missing_export_file_is_a_usage_error()
    {
        var (exit, _, error) = Cli.Run("import-references", Path.Combine(_content.Root, "nowhere.json"), "--content", _content.Root);

        Assert.Equal(2, exit);
        Assert.Contains("nowhere.json", error, StringComparison.Ordinal);
    }

    /// <summary>NICE NG59 as Zotero exports it from the guideline's page: no DOI, no PMID, no author, a URL.</summary>
    private const string ZoteroNg59 = """
        [
          {"id": "http://zotero.org/users/local/x/items/NG59", "type": "report",
           "title": "Low back pain and sciatica in over 16s: assessment and management",
           "publisher": "NICE", "number": "NG59", "issued": {"date-parts": [[2016, 11, 30]]}, "URL": "URL_HERE"}
        ]
        """;

    [Theory]
    [InlineData("https://www.nice.org.uk/guidance/ng59")]
    [InlineData("http://nice.org.uk/guidance/ng59/")]
    [InlineData("https://WWW.NICE.org.uk/guidance/ng59#chapter-1")]
    public void A_work_the_registry_has_under_the_same_URL_is_skipped(string url)
    {
        File.Copy(Path.Combine(ContentLocator.DefaultRoot(), ContentSnapshot.RegistryFile), _registry, overwrite: true);
        var before = File.ReadAllBytes(_registry);

        var (exit, output, _) = Import(ZoteroNg59.Replace("URL_HERE", url, StringComparison.Ordinal));

        Assert.Equal(0, exit);
        Assert.Contains($"skipped Low back pain and sciatica in over 16s: assessment and management: already in the registry as 'nice-ng59' (same URL {url})", output, StringComparison.Ordinal);
        Assert.Contains("0 added, 1 skipped", output, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_registry));
    }

    [Theory]
    [InlineData("https://www.nice.org.uk/guidance/ng59/chapter/recommendations")]
    [InlineData("https://www.nice.org.uk/guidance/NG59")]
    [InlineData("https://www.nice.org.uk/guidance/ng59?tab=evidence")]
    public void Another_page_of_the_same_site_is_a_new_work(string url)
    {
        File.Copy(Path.Combine(ContentLocator.DefaultRoot(), ContentSnapshot.RegistryFile), _registry, overwrite: true);

        var (_, output, _) = Import(ZoteroNg59.Replace("URL_HERE", url, StringComparison.Ordinal));

        Assert.Contains("added 'nice-2016': Low back pain", output, StringComparison.Ordinal);
    }

    [Fact]
    public void New_ids_follow_the_registry_and_never_collide()
    {
        var (_, output, _) = Import("""
            [
              {"id": "koes-2007", "type": "article-journal", "title": "Kept id", "URL": "https://example.org/1"},
              {"id": "bailey2020", "type": "article-journal", "title": "A reference manager's id", "author": [{"family": "Bailey"}], "issued": {"date-parts": [[2020]]}, "URL": "https://example.org/9"},
              {"id": "Smith2020", "type": "article-journal", "title": "One", "author": [{"family": "Müller"}], "issued": {"date-parts": [[2020]]}, "URL": "https://example.org/2"},
              {"id": "123", "type": "article-journal", "title": "Two", "author": [{"family": "Muller"}], "issued": {"raw": "2020-05"}, "URL": "https://example.org/3"},
              {"type": "report", "title": "Three", "author": [{"literal": "National Institute for Health and Care Excellence"}], "issued": {"date-parts": [[2016]]}, "URL": "https://example.org/4"},
              {"type": "report", "title": "Four", "author": [{"literal": "NICE"}], "issued": {"date-parts": [[2016]]}, "URL": "https://example.org/5"},
              {"type": "webpage", "title": "Five", "publisher": "The Cochrane Collaboration", "issued": {"date-parts": [[2019]]}, "URL": "https://example.org/6"},
              {"type": "webpage", "title": "Sciatica", "container-title": "NHS inform", "issued": {"date-parts": [[2024]]}, "URL": "https://example.org/7"},
              {"type": "webpage", "title": "The sciatic nerve", "URL": "https://example.org/8"}
            ]
            """);

        Assert.Equal(["koes-2007", "bailey-2020", "muller-2020", "muller-2020b", "nihce-2016", "nice-2016", "cc-2019", "nhs-2024", "sciatic"],
            output.Split('\n').Where(l => l.StartsWith("added", StringComparison.Ordinal)).Select(l => l.Split('\'')[1]));
    }
}
