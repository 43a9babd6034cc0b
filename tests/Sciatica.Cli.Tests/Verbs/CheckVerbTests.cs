using Sciatica.Content;

namespace Sciatica.Cli.Tests.Verbs;

public sealed class CheckVerbTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sciatica-cli-" + Guid.NewGuid().ToString("N"));

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
            """);
        WriteArticle("good", "A claim [@guide].");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void WriteArticle(string slug, string body) =>
        File.WriteAllText(Path.Combine(_root, "articles", slug + ".md"),
            $"---\ntitle: {slug}\nsummary: s\norder: 1\nreviewed: 2026-11-24\nnext-review: 2027-11-24\n---\n\n{body}\n");

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = CommandLine.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Clean_content_exits_zero_with_a_summary()
    {
        var (exit, output, _) = Run("check", "--content", _root);
        Assert.Equal(0, exit);
        Assert.Contains("checked 1 articles and 1 references: 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_uncited_claim_prints_file_line_column_and_exits_one()
    {
        WriteArticle("bad", "First line [@guide].\n\nUncited claim.");
        var (exit, output, _) = Run("check", "--content", _root);
        Assert.Equal(1, exit);
        Assert.Contains($"{Path.Combine("articles", "bad.md")}:11:1: error SCI001: paragraph makes a claim without a citation", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_prints_a_row_per_article_with_reading_level()
    {
        var (_, output, _) = Run("check", "--content", _root, "--report");
        Assert.Matches(@"good\s+2\s+1\s+1\s+0\s+-?\d+\.\d\s+-?\d+\.\d\s+2027-11-24", output);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--content")]
    public void Bad_usage_exits_two_with_help(params string[] args)
    {
        var (exit, _, error) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_real_content_passes_check_with_no_warnings()
    {
        var (exit, output, _) = Run("check", "--content", ContentLocator.DefaultRoot());
        Assert.Equal(0, exit);
        Assert.Contains(" 0 errors, 0 warnings", output, StringComparison.Ordinal);
    }
}
