using System.Text.Json;
using Sciatica.Content;

namespace Sciatica.Cli.Tests.Verbs;

public sealed class CheckVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sciatica-cli-" + Guid.NewGuid().ToString("N"));
    private readonly TempContent _content = new();

    public CheckVerbTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "articles"));
        File.WriteAllText(Path.Combine(_root, "references.yaml"), """
            references:
              - id: guide
                type: report
                title: A guideline
                issued: {date-parts: [[2016]]}
                URL: https://example.org/guide
                evidence: guideline
                read: recommendation 1.1.4
                accessed: {date-parts: [[2027, 1, 1]]}
                findings:
                  - at: rec. 1.1.4
                    says: A finding.
            """);
        WriteArticle("good", "A claim [@guide, rec. 1.1.4].");
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        _content.Dispose();
    }

    private void WriteArticle(string slug, string body) =>
        File.WriteAllText(Path.Combine(_root, "articles", slug + ".md"),
            $"---\ntitle: {slug}\nsummary: s\norder: 1\nupdated: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}\n");

    [Fact]
    public void Clean_content_exits_zero_with_a_summary()
    {
        var (exit, output, _) = Cli.Run("check", "--content", _root);
        Assert.Equal(0, exit);
        Assert.Contains("checked 1 article and 1 reference: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_summary_counts_the_about_page_apart_from_the_articles_even_when_it_is_broken()
    {
        _content.WriteArticle("walking", "Walking helps [@guide, rec. 1.1.4] [@second, abstract] [@shop, home page].");
        var about = _content.WriteAbout("This site explains sciatica in plain words.");

        var (_, clean, _) = Cli.Run("check", "--content", _content.Root);
        File.WriteAllText(about, "no front matter");
        var (exit, broken, _) = Cli.Run("check", "--content", _content.Root);

        Assert.Contains("checked 1 article, the About page and 3 references: ", clean, StringComparison.Ordinal);
        Assert.Equal(1, exit);
        Assert.Contains("checked 1 article, the About page and 3 references: 1 error,", broken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bad", "First line [@guide, rec. 1.1.4].\n\nUncited claim.", "11:1: error SCI001: paragraph makes a claim without a citation")]
    [InlineData("search", "A claim [@guide, rec. 1.1.4].", "1:1: error SCI016: file name 'search' is taken: /search is one of the site's own addresses (about, references, search,")]
    public void A_problem_prints_file_line_column_and_exits_one(string slug, string body, string diagnostic)
    {
        WriteArticle(slug, body);
        var (exit, output, _) = Cli.Run("check", "--content", _root);
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("articles", slug + ".md")}:{diagnostic}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_prints_a_row_per_article_with_reading_level()
    {
        var (_, output, _) = Cli.Run("check", "--content", _root, "--report");
        Assert.Matches(@"good\s+2\s+1\s+1\s+0\s+-?\d+\.\d\s+-?\d+\.\d\s+2027-11-24", output);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--content")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--title", "x")]
    [InlineData("check", "extra")]
    [InlineData("export", "/tmp/x", "--strict")]
    public void Bad_usage_exits_two_with_help(params string[] args)
    {
        var (exit, output, error) = Cli.Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void A_misspelt_option_is_named_with_the_one_that_was_meant()
    {
        var (exit, _, error) = Cli.Run("check", "--stict", "--content", _root);

        Assert.Equal(2, exit);
        Assert.Contains("'--stict'", error, StringComparison.Ordinal);
        Assert.Contains("--strict", error.Split("Usage:")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("import-references refs.json")]
    public void A_misspelt_content_option_is_named_with_the_one_that_was_meant(string verb)
    {
        var (exit, output, error) = Cli.Run([.. verb.Split(' '), "--contnet", _root]);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var beforeHelp = error.Split("Usage:")[0].ReplaceLineEndings("\n");
        Assert.Contains("'--contnet' was not matched. Did you mean one of the following?\n--content\n", beforeHelp, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locator_one_slip_from_a_finding_is_answered_with_that_finding()
    {
        WriteArticle("good", "A claim [@guide, rec 1.1.4].");

        var (exit, output, _) = Cli.Run("check", "--content", _root);

        Assert.Equal(1, exit);
        Assert.Contains("SCI065: 'rec 1.1.4' is not a finding of 'guide'; did you mean 'rec. 1.1.4'?", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_locator_unlike_every_finding_gets_the_list_of_findings_instead_of_a_guess()
    {
        WriteArticle("good", "A claim [@guide, p. 99].");

        var (exit, output, _) = Cli.Run("check", "--content", _root);

        Assert.Equal(1, exit);
        Assert.Contains("SCI065: 'p. 99' is not a finding of 'guide', whose findings are 'rec. 1.1.4': cite one of them", output, StringComparison.Ordinal);
        Assert.DoesNotContain("did you mean", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_verb_is_named_with_the_one_that_was_meant_and_nothing_runs()
    {
        var (exit, output, error) = Cli.Run("chek", "--content", _root);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        var beforeHelp = error.Split("Usage:")[0].ReplaceLineEndings("\n");
        Assert.Contains("'chek' was not matched. Did you mean one of the following?\ncheck\n", beforeHelp, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("help")]
    public void Help_lists_every_verb(string help)
    {
        var (exit, output, _) = Cli.Run(help);

        Assert.Equal(0, exit);
        Assert.All(["check", "new", "export", "--content"], verb => Assert.Contains(verb, output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("check", "--help")]
    [InlineData("help", "check")]
    public void A_verbs_help_lists_its_own_options_only(params string[] args)
    {
        var (exit, output, _) = Cli.Run(args);

        Assert.Equal(0, exit);
        Assert.All(["--report", "--strict", "--format", "--content"], option => Assert.Contains(option, output, StringComparison.Ordinal));
        Assert.DoesNotContain("--title", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_content_passes_check_with_no_warnings()
    {
        var root = ContentLocator.DefaultRoot();
        var (exit, output, _) = Cli.Run("check", "--content", root);
        Assert.Equal(0, exit);
        var articles = Directory.GetFiles(Path.Combine(root, ContentSnapshot.ArticlesFolder), "*.md").Length;
        Assert.Contains($"checked {articles} articles, the About page and ", output, StringComparison.Ordinal);
        Assert.Contains(" 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_prints_one_object_per_diagnostic()
    {
        _content.WriteArticle("source", "Uncited claim.\n\nSee [gone](/gone) [@guide, rec. 1.1.4; @guide, rec. 1.1.9] [@second, abstract; @second, p. 4].");

        var (exit, output, _) = Cli.Run("check", "--format", "json", "--content", _content.Root);

        Assert.Equal(1, exit);
        var diagnostics = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(["SCI024", "SCI001", "SCI031"], diagnostics.Select(d => d.GetProperty("code").GetString()));
        var link = diagnostics[2];
        Assert.EndsWith("source.md", link.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(12, link.GetProperty("line").GetInt32());
        Assert.Equal(5, link.GetProperty("column").GetInt32());
        Assert.Equal("error", link.GetProperty("severity").GetString());
        Assert.Contains("'/gone'", link.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_turns_an_overdue_review_warning_into_an_error()
    {
        _content.WriteArticle("late", "A claim [@guide, rec. 1.1.4] [@second, abstract].", nextReview: "2026-06-01");

        var (relaxed, output, _) = Cli.Run("check", "--content", _content.Root);
        var (strict, strictOutput, _) = Cli.Run("check", "--strict", "--content", _content.Root);

        Assert.Equal(0, relaxed);
        Assert.Contains("warning SCI050: 'Article late' was due for review on 2026-06-01", output, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        Assert.Contains("error SCI050", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_counts_words_claims_citations_and_notes()
    {
        _content.WriteArticle("walking", "::: note\nFraming.\n:::\n\nWalking helps [@guide, rec. 1.1.4]. Resting does not [@guide, rec. 1.1.4; @second, abstract].");

        var (_, output, _) = Cli.Run("check", "--report", "--content", _content.Root);

        var row = output.Split('\n').Single(l => l.StartsWith("walking ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["walking", "6", "1", "3", "1"], row[..5]);
        Assert.Equal("2099-01-01", row[^1]);
    }
}
