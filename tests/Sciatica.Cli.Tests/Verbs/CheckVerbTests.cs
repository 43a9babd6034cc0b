using System.Text.Json;
using Sciatica.Content.Tests;

namespace Sciatica.Cli.Tests.Verbs;

public sealed class CheckVerbTests : IDisposable
{
    private readonly TempContent _content = new();

    [Fact]
    public void Json_format_prints_one_object_per_diagnostic()
    {
        _content.Article("source", "Uncited claim.\n\nSee [gone](/gone) [@guide] [@second].");

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
        _content.Article("late", "A claim [@guide] [@second].", nextReview: "2026-06-01");

        var (relaxed, output, _) = Cli.Run("check", "--content", _content.Root);
        var (strict, strictOutput, _) = Cli.Run("check", "--strict", "--content", _content.Root);

        Assert.Equal(0, relaxed);
        Assert.Contains("warning SCI050: 'Article late' was due for review on 2026-06-01", output, StringComparison.Ordinal);
        Assert.Equal(1, strict);
        Assert.Contains("error SCI050", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_adds_the_per_article_table()
    {
        _content.Article("walking", "::: note\nFraming.\n:::\n\nWalking helps [@guide]. Resting does not [@guide; @second].");

        var (_, output, _) = Cli.Run("check", "--report", "--content", _content.Root);

        var row = output.Split('\n').Single(l => l.StartsWith("walking ", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["walking", "6", "1", "3", "1"], row[..5]);
        Assert.Equal("2099-01-01", row[^1]);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--bogus")]
    [InlineData("check", "--content")]
    [InlineData("frobnicate")]
    public void Usage_mistakes_exit_with_code_2(params string[] args) =>
        Assert.Equal(2, Cli.Run(args).ExitCode);

    public void Dispose() => _content.Dispose();
}
