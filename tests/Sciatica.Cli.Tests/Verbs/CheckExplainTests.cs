namespace Sciatica.Cli.Tests.Verbs;

/// <summary><c>check --explain CODE</c>: what an editor reads when a line of <c>check</c> names a code they do not know.</summary>
public class CheckExplainTests
{
    [Theory]
    [InlineData("SCI064")]
    [InlineData("sci064")]
    public void Explain_says_what_the_code_means_where_it_runs_and_how_to_fix_it(string code)
    {
        var (exit, output, _) = Cli.Run("check", "--explain", code);

        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("SCI064 CitationWithoutLocator (error, runs on each page)", lines[0]);
        Assert.Equal("A citation has no locator", lines[1]);
        Assert.Equal("How to fix: Add the finding it rests on: `[@nice-ng59, rec. 1.1.4]`", lines[2]);
    }

    [Fact]
    public void An_unknown_code_exits_two_and_lists_the_codes()
    {
        var (exit, _, error) = Cli.Run("check", "--explain", "SCI999");

        Assert.Equal(2, exit);
        Assert.Contains("no rule has code 'SCI999'", error, StringComparison.Ordinal);
        Assert.Contains("SCI001, SCI002", error, StringComparison.Ordinal);
    }
}
