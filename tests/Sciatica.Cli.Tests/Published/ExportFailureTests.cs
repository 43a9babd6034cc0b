namespace Sciatica.Cli.Tests.Published;

/// <summary>
/// What <c>export</c> refuses, and how it says so: one clear line and an exit code, never a stack trace, never a lost
/// folder. What the editor sees in the terminal comes from the published tool; the rest runs in process.
/// </summary>
public sealed class ExportFailureTests(PublishedCli cli) : IClassFixture<PublishedCli>, IDisposable
{
    private readonly FourArticleExport _export = new();

    [Fact]
    public async Task A_page_the_site_links_to_that_does_not_exist_fails_the_export()
    {
        File.Delete(Path.Combine(_export.Content.Root, "articles", "red-flags.md"));

        var (exit, _, error) = await _export.RunAsync();

        Assert.Equal(1, exit);
        Assert.Contains("/red-flags answered 404", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_folder_that_holds_something_else()
    {
        Directory.CreateDirectory(_export.Output);
        File.WriteAllText(Path.Combine(_export.Output, "notes.txt"), "mine");

        var (exit, _, error) = await _export.RunAsync();

        Assert.Equal(2, exit);
        Assert.Contains("does not look like an earlier export", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(_export.Output, "notes.txt")));
    }

    [Theory]
    [InlineData("export", "{out}", "--base-url", FourArticleExport.BaseUrl, "--content", "{missing}")]
    [InlineData("export", "{unwritable}", "--base-url", FourArticleExport.BaseUrl, "--content", "{content}")]
    [InlineData("export", "{out}", "--content", "{content}", "--base-url", "sciatica.example")]
    [InlineData("export", "{out}", "--content", "{content}", "--base-url", "http://localhost:8000")]
    [InlineData("export", "{out}", "--content", "{content}")]
    [InlineData("export", "--base-url", FourArticleExport.BaseUrl, "--content", "{content}")]
    public async Task An_expected_failure_says_what_to_do_without_a_stack_trace(params string[] args)
    {
        var blocker = Path.Combine(_export.Output + "-file");
        File.WriteAllText(blocker, "a file where a folder would go");
        var expanded = args.Select(a => a
            .Replace("{out}", _export.Output, StringComparison.Ordinal)
            .Replace("{missing}", Path.Combine(_export.Content.Root, "nowhere"), StringComparison.Ordinal)
            .Replace("{unwritable}", Path.Combine(blocker, "site"), StringComparison.Ordinal)
            .Replace("{content}", _export.Content.Root, StringComparison.Ordinal)).ToArray();

        var (exit, output, error) = await cli.RunAsync(expanded);
        File.Delete(blocker);

        Assert.Equal(2, exit);
        Assert.NotEmpty(error.Trim());
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
    }

    public void Dispose() => _export.Dispose();
}
